import Foundation
import Testing
@testable import PlaybookSearch
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport

/// The files of a language's `search/` folder, read back as `theme/search.js` reads them.
@Suite struct SearchShardsTests {
    /// Long shared prefixes (past `maxShared`), characters beyond the BMP, many terms, a page
    /// whose sections run into a second chunk of documents.
    static let files: [String: String] = [
        "playbook.yml": "title: T\nlanguages: [en, zh]\n",
        "content/articles/a.md": "---\ntitle: Alpha\npillars: [nimble]\n---\n"
            + (0..<300).map { "word\($0) " + String(repeating: "a", count: 50) + "\($0 % 7)" }.joined(separator: " ")
            + "\n\n## Second\n\nMore text here, and a word longer than a length byte: " + String(repeating: "x", count: 300) + ".\n"
            + (1...20).map { "\n## Part \($0)\n\nText \($0).\n" }.joined(),
        "content/articles/b.zh.md": "---\ntitle: 乙\n---\n𠀀𠀁𠀂 共情能力 𠀀a 𠀀b \u{E000}x "
            + String((0..<300).map { Character(Unicode.Scalar(0x4E00 + $0 * 37)!) }) + "\n",
        "content/cases/c.md": "---\ntitle: Case\n---\nThe customer called twice.\n",
    ]

    func index(_ language: String) throws -> SearchIndex {
        let fixture = try PublishingFixture(Self.files)
        defer { fixture.remove() }
        let (site, messages) = fixture.resolve()
        let resolved = try #require(site, "\(messages)")
        let languageSite = try #require(resolved.languages.first { $0.language == language })
        return SearchIndexBuilder.build(languageSite, config: resolved.config, strings: [:])
    }

    /// A file's data: the JSON `PlaybookSearch.add` is called with, and the name it gives.
    func data(_ file: OutputFile) throws -> (name: String, json: Any) {
        guard case .data(let bytes) = file.contents else { throw CocoaError(.fileReadCorruptFile) }
        let text = String(decoding: bytes, as: UTF8.self)
        let prefix = "window.PlaybookSearch.add(\""
        #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"))
        let rest = text.dropFirst(prefix.count).dropLast(3)
        let quote = try #require(rest.firstIndex(of: "\""))
        let json = try JSONSerialization.jsonObject(with: Data(rest[rest.index(quote, offsetBy: 2)...].utf8))
        return (String(rest[..<quote]), json)
    }

    /// A shard's terms as the browser decodes them.
    func terms(_ shard: [String: Any]) throws -> [String] {
        ShardTermCoding.decode(try #require(shard["terms"] as? String))
    }

    @Test(arguments: ["en", "zh"], [200, 2000, SearchShards.shardBytes])
    func everyTermIsInOneShardWhichTheManifestFinds(language: String, shardBytes: Int) throws {
        let index = try index(language)
        let files = SearchShards.files(index, folder: "search/", shardBytes: shardBytes)
        let byName = Dictionary(uniqueKeysWithValues: try files.map { try data($0) })
        #expect(files.map(\.path).allSatisfy { $0.hasPrefix("search/") && $0.hasSuffix(".js") })
        #expect(Set(files.map { "search/" + (try! data($0)).name + ".js" }) == Set(files.map(\.path)), "names match paths")
        let manifest = try #require(byName["manifest"] as? [String: Any])
        let firsts = try #require(manifest["shards"] as? [String])
        let expected = decodedTerms(index)
        var shardTerms: [String] = []
        for (number, first) in firsts.enumerated() {
            let shard = try #require(byName["t\(number)"] as? [String: Any])
            let terms = try terms(shard)
            #expect(terms.first == first)
            // Each term's postings, one after another, are the index's.
            let bytes = PrintableBytes.decode(try #require(shard["postings"] as? String))
            var reader = BitReader(bytes: bytes)
            for term in terms {
                let decoded = PostingsCoding.decode(&reader, universe: index.docs.count)
                let own = try #require(expected.first { $0.term == term })
                #expect(decoded.map(\.document) == own.postings.map(\.document))
                #expect(decoded.map(\.fields) == own.postings.map(\.fields))
            }
            #expect(reader.position <= bytes.count * 8 && reader.position > bytes.count * 8 - 8, "padded to a byte at the end only")
            shardTerms += terms
        }
        #expect(byName["t\(firsts.count)"] == nil)
        #expect(shardTerms == expected.map(\.term), "every term once, in order")
        let bytes = firsts.map { Array($0.utf8) }
        #expect(zip(bytes, bytes.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) }, "the manifest's shards are sorted")
        if shardBytes == 200 { #expect(firsts.count > 10) }
        // Documents, sixteen to a file; a section of the page before gives only what is its own.
        #expect(manifest["docs"] as? Int == index.docs.count)
        // A page's first document, and no other, has its bit in `pages`.
        let pages = try #require((manifest["pages"] as? String).flatMap { Data(base64Encoded: $0) })
        #expect(pages.count == (index.docs.count + 7) / 8)
        let starts = index.docs.indices.filter { pages[$0 / 8] & (0x80 >> UInt8($0 % 8)) != 0 }
        #expect(starts == index.docs.indices.filter { !index.docs[$0].url.contains("#") })
        if language == "en" { #expect(starts.count > 1 && starts.count < index.docs.count, "pages with sections") }
        var previous: (title: String, url: String) = ("", "")
        var elided = 0
        for (number, doc) in index.docs.enumerated() {
            let chunk = try #require(byName["d\(number / SearchShards.docsPerChunk)"] as? [[Any]])
            let entry = chunk[number % SearchShards.docsPerChunk]
            if entry[0] as? Int == 0 {
                var fragment = try #require(entry[2] as? String)
                if fragment == "#" {
                    // The anchor the browser makes of the heading (`anchorOf` in theme/search.js).
                    let heading = try #require(doc.heading)
                    fragment += try #require(SearchShards.anchor(heading))
                    elided += 1
                }
                #expect(number % SearchShards.docsPerChunk > 0 && fragment.hasPrefix("#"))
                #expect((previous.title, String(previous.url.prefix { $0 != "#" }) + fragment) == (doc.title, doc.url))
                #expect(entry[1] as? String == doc.heading)
            } else {
                #expect(entry[0] as? String == doc.title && entry[2] as? String == doc.url && entry[4] as? [String] == doc.pillars)
                #expect((entry[1] as? String) == doc.heading)
            }
            #expect(entry[5] as? String == doc.excerpt)
            previous = (doc.title, doc.url)
        }
        if language == "en" { #expect(index.docs.count > SearchShards.docsPerChunk, "more than one chunk") }
        if language == "en" { #expect(elided > 0, "sections whose anchor the browser makes of their heading") }
    }

    /// The anchors a chunk leaves for the browser to make of headings of ASCII and Chinese
    /// characters, as the Markdown converter makes them (`HeadingSlugger`); none for others.
    @Test func anchorsMadeOfHeadings() {
        #expect(SearchShards.anchor("Listen, recall & express") == "listen-recall-express")
        #expect(SearchShards.anchor("  Step 2 -- the_end ") == "step-2-the_end")
        #expect(SearchShards.anchor("观点：倾听与回应") == "观点倾听与回应")
        #expect(SearchShards.anchor("HAND 支柱") == "hand-支柱")
        #expect(SearchShards.anchor("!!!") == "section")
        #expect(SearchShards.anchor("Café") == nil, "a letter the browser would have to fold")
        #expect(SearchShards.anchor("「倾听」与回应。") == "倾听与回应", "Chinese punctuation dropped")
        #expect(SearchShards.anchor("倾听\u{3000}回应") == "倾听-回应", "an ideographic space")
        #expect(SearchShards.anchor("倾听・回应") == nil, "a character the rule does not know")
        #expect(SearchShards.anchor("𠀀") == nil, "beyond the BMP")
    }

    /// The same index gives the same bytes, however its terms were split among cores.
    @Test func theFilesAreTheSameWhateverTheRunsAndBuild() throws {
        let index = try index("en")
        let again = try self.index("en")
        var whole = EncodedTerms(), single: [EncodedTerms] = []
        for run in index.terms {
            for number in 0..<run.count {
                var one = EncodedTerms()
                run.bytes[run.term(number)].withUnsafeBufferPointer {
                    whole.append(term: $0, postings: run.postings[run.postings(number)], bits: run.postingBits(number))
                    one.append(term: $0, postings: run.postings[run.postings(number)], bits: run.postingBits(number))
                }
                single.append(one)
            }
        }
        func contents(_ index: SearchIndex) -> [String: Data] {
            Dictionary(uniqueKeysWithValues: SearchShards.files(index, folder: "", shardBytes: 300).map { file in
                guard case .data(let data) = file.contents else { return (file.path, Data()) }
                return (file.path, data)
            })
        }
        var (oneRun, manyRuns) = (index, index)
        oneRun.terms = [whole]
        manyRuns.terms = single
        #expect(contents(index) == contents(again))
        #expect(contents(oneRun) == contents(index))
        #expect(contents(manyRuns) == contents(index))
    }

    /// A language without pages of its own (its search reads the default language's index).
    @Test func anEmptyIndexIsAManifestAlone() throws {
        let index = SearchIndex(language: "zh", kinds: [], pillars: [], docs: SearchDocuments(pages: [], root: "zh/"), terms: [],
                                fallback: SearchFallback(folder: "../../search/", skip: [0..<3, 5..<6]))
        let files = SearchShards.files(index, folder: "zh/search/")
        #expect(files.map(\.path) == ["zh/search/manifest.js"])
        let manifest = try #require(try data(files[0]).json as? [String: Any])
        #expect(manifest["docs"] as? Int == 0 && (manifest["shards"] as? [String])?.isEmpty == true)
        let fallback = try #require(manifest["fallback"] as? [String: Any])
        #expect(fallback["folder"] as? String == "../../search/")
        #expect(fallback["skip"] as? [[Int]] == [[0, 3], [5, 6]])
    }

    @Test func aSharedPrefixEndsAtACharacterAndIsCountedInUTF16Units() {
        func shared(_ previous: String, _ term: String) -> (Int, Int) {
            var term = term
            return term.withUTF8 { term in Array(previous.utf8).withUnsafeBufferPointer { SearchShards.sharedPrefix($0, term) } }
        }
        #expect(shared("listen", "listening") == (6, 6))
        #expect(shared("𠀀a", "𠀀b") == (4, 2))
        #expect(shared("\u{4E00}", "\u{4E01}") == (0, 0), "bytes in common, but not a whole character")
        let long = String(repeating: "a", count: 50)
        #expect(shared(long + "b", long + "c") == (SearchShards.maxShared, SearchShards.maxShared))
    }
}

/// The codings of a term shard's text, read back as `theme/search.js` reads them.
@Suite struct ShardCodingTests {
    @Test func printableBytesDecodeToWhatWasEncoded() {
        for count in 0...40 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 * 97 + 255 - count) }
            var out = [UInt8](repeating: 0, count: PrintableBytes.length(of: count) + 1)
            out.withUnsafeMutableBufferPointer { PrintableBytes.encode(bytes, to: $0.baseAddress!) }
            #expect(out.last == 0 && !out.dropLast().contains(0), "`length` digits exactly")
            let text = String(decoding: out.dropLast(), as: UTF8.self)
            #expect(PrintableBytes.decode(text) == bytes)
            #expect(text.utf8.allSatisfy { PrintableBytes.digits.contains($0) })
            #expect(text.utf8.count <= (count * 8 + 12) / 13 * 2, "6.5 bits a character")
        }
    }

    /// Steps of every size (one character, one digit, two digits, too far for a step), beyond
    /// the BMP and after a mark, and full entries sharing none, part or `maxShared` units.
    @Test func termsDecodeToWhatWasEncoded() {
        let far = ShardTermCoding.maxStep
        let terms = ["#data-backed", "#nimble", "a", "ab", "ac", "b\u{301}", "b\u{302}", "long" + String(repeating: "x", count: 60),
                     "long" + String(repeating: "x", count: 60) + "y", "共", "共享", "共情", "共" + String(Unicode.Scalar(0x5171 + 400)!),
                     "共" + String(Unicode.Scalar(0x5171 + 2000)!), "一" + String(Unicode.Scalar(0x4E00 + 100)!),
                     "一" + String(Unicode.Scalar(0x4E00 + 101 + far)!), "一" + String(Unicode.Scalar(0x4E00 + 103 + 2 * far)!),
                     "一" + String(Unicode.Scalar(0x4E00 + 105 + 2 * far)!),
                     "𠀀", "𠀀𠀁", "𠀀𠀂", "𠀀𠀂a", "𠀁"].sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var out: [UInt8] = [], previous: [UInt8] = []
        for term in terms {
            var term = term
            term.withUTF8 { term in previous.withUnsafeBufferPointer { ShardTermCoding.append(term, after: $0, to: &out) } }
            previous = Array(term.utf8)
        }
        let text = String(decoding: out, as: UTF8.self)
        #expect(ShardTermCoding.decode(text) == terms)
        // ac, b̂, 共情 and the two before it, 一 at the largest step and after the one too far, 𠀀𠀂.
        #expect(text.filter { $0 == " " }.count == terms.count - 8, "\(text)")
    }
}
