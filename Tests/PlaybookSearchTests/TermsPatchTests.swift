import Foundation
import Synchronization
import Testing
@testable import PlaybookSearch
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport

/// A build that changed one page patches the last build's terms (`TermsPatch`) into exactly
/// the terms gathering every page gives.
@Suite struct TermsPatchTests {
    /// The search index's memory as a test keeps it: a page's token is its title and HTML,
    /// and what is kept goes through its archived bytes, as the build cache's does.
    final class Memory: SearchMemory {
        private let state = Mutex((sections: [String: [SearchSection]](), kept: [String: [UInt8]](), asked: 0))

        func token(of page: ParsedPage) -> String? {
            let token = page.frontMatter.title + "\n" + page.html
            state.withLock { $0.sections[token] = page.searchSections }
            return token
        }

        func sections(ofToken token: String) -> [SearchSection]? {
            state.withLock { state in
                state.asked += 1
                return state.sections[token]
            }
        }

        func terms(of language: String) -> IndexedTerms? {
            state.withLock { $0.kept[language] }.flatMap { bytes in bytes.withUnsafeBytes { IndexedTerms(archived: $0) } }
        }

        func keep(_ terms: IndexedTerms, of language: String) {
            state.withLock { $0.kept[language] = terms.archived }
        }

        var sectionsAsked: Int { state.withLock { $0.asked } }
    }

    static func page(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\npillars: [humanized, aligned]\n---\n\(body)\n"
    }

    static let files = [
        "playbook.yml": "title: Test\ndescription: A test.\nlanguages: [en]\nnoindex: true\n",
        "content/articles/listen.md": page("Listen first", "Listen to the whole story.\n\n## Recall\nSay back the flight and the date."),
        "content/articles/express.md": page("Express", "Name the feeling.\n\n## Words\nSay sorry, and mean it."),
        "content/checklists/call.md": page("Call", "Before the call.\n\n## Steps\n- [ ] Breathe\n- [ ] Listen"),
    ]

    func index(_ files: [String: String], memory: SearchMemory?) throws -> SearchIndex {
        let fixture = try PublishingFixture(files)
        defer { fixture.remove() }
        let (site, messages) = fixture.resolve()
        let resolved = try #require(site, "\(messages)")
        return SearchIndexBuilder.build(try #require(resolved.languages.first), config: resolved.config, strings: [:], memory: memory)
    }

    /// Whether two indexes hold the same terms with the same bits, run boundaries aside.
    func sameTerms(_ a: SearchIndex, _ b: SearchIndex) -> Bool {
        var (first, second) = (ByteArchive(), ByteArchive())
        EncodedTerms(joining: a.terms).archive(into: &first)
        EncodedTerms(joining: b.terms).archive(into: &second)
        return first.bytes == second.bytes
    }

    /// Each term with its documents and fields, to read in a failure.
    func listed(_ index: SearchIndex) -> [String] {
        decodedTerms(index).map { term in term.term + " " + term.postings.map { "\($0.document)/\($0.fields)" }.joined(separator: ",") }
    }

    @Test func oneChangedPageIsPatchedIntoTheGatheredTerms() throws {
        let memory = Memory()
        _ = try index(Self.files, memory: memory)
        #expect(memory.sectionsAsked == 0, "nothing to patch from")

        // "flight" and "date" leave the index, "luggage" comes in, "recall" moves from a
        // heading to the text, and "details" is a new heading word.
        var edited = Self.files
        edited["content/articles/listen.md"] = Self.page("Listen first", "Listen to the whole story, recall it.\n\n## Details\nSay back the luggage.")
        let patched = try index(edited, memory: memory)
        #expect(memory.sectionsAsked == 1, "the changed page's last sections were read: the terms were patched")
        let gathered = try index(edited, memory: nil)
        #expect(listed(patched) == listed(gathered))
        #expect(sameTerms(patched, gathered))
        let terms = Set(decodedTerms(patched).map(\.term))
        #expect(terms.contains("luggag") || terms.contains("luggage"))
        #expect(!terms.contains("flight") && !terms.contains("date"))
    }

    @Test func pagesOfAnotherLayoutAreGatheredAgain() throws {
        let memory = Memory()
        _ = try index(Self.files, memory: memory)
        var edited = Self.files
        edited["content/articles/listen.md"] = Self.page("Listen first", "Listen.\n\n## Recall\nSay back.\n\n## A third section\nMore.")
        let rebuilt = try index(edited, memory: memory)
        #expect(memory.sectionsAsked == 0, "a page with another number of documents renumbers those after it")
        #expect(sameTerms(rebuilt, try index(edited, memory: nil)))
    }
}
