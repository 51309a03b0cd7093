import Foundation
import PlaybookModel
import PlaybookSearch
import PlaybookSupport
import Synchronization

/// The cache folder's `search-LANGUAGE` files: each language's index terms as the last
/// successful build made them (`IndexedTerms`), under the cache's context, so that a build
/// that changed few pages patches them instead of gathering every page's terms again.
enum SearchRecord {
    static let prefix = "search-"
    private static let framing = ChecksummedFile(magic: "PBSEARCH1")

    /// `language`'s terms, when its record reads back intact and was made under `context`;
    /// `damaged` when there is a record that does not read back.
    static func load(_ language: String, context: String, from folder: URL) -> (terms: IndexedTerms?, damaged: Bool) {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(prefix + language).path) else { return (nil, false) }
        let read = framing.withPayload(of: data) { payload -> (terms: IndexedTerms?, damaged: Bool)? in
            var reader = EntryReader(payload)
            guard let madeUnder = try? reader.text(), (try? reader.text()) == language, let terms = try? reader.span(), reader.isAtEnd
            else { return nil }
            // A record made under another context (another binary or options) is not damaged, merely not for this build.
            guard madeUnder == context else { return (nil, false) }
            return IndexedTerms(archived: UnsafeRawBufferPointer(rebasing: payload[terms])).map { ($0, false) }
        }
        return read ?? (nil, true)
    }

    /// Writes each language's terms and removes the records of languages not among them.
    /// Returns the records' size in bytes.
    static func record(_ terms: [String: IndexedTerms], context: String, in folder: URL) -> Int {
        for (name, _) in Directory.entries(of: folder.path) where name.hasPrefix(prefix) && terms[String(name.dropFirst(prefix.count))] == nil {
            FileCalls.remove(folder.appendingPathComponent(name).path)
        }
        return terms.reduce(0) { size, language in
            var writer = EntryWriter()
            writer.text(context)
            writer.text(language.key)
            writer.raw(language.value.archived)
            let bytes = framing.bytes(of: writer.bytes)
            let written = (try? Data(bytes).write(to: folder.appendingPathComponent(prefix + language.key), options: .atomic)) != nil
            return size + (written ? bytes.count : 0)
        }
    }
}

/// The build cache as the search index's memory (`SearchMemory`): a page's token is the name of
/// the entry this build took it from or saved it as; the sections of a token, its entry's.
struct CachedSearchMemory: SearchMemory {
    let store: PageStore
    /// Each page's entry this build, by source path.
    let entries: [String: String]

    init(store: PageStore) {
        self.store = store
        entries = store.entries.mapValues(\.name)
    }

    func token(of page: ParsedPage) -> String? {
        entries[page.source.sourcePath]
    }

    /// The sections of the entry, when it checks out; no note when it does not: an entry of the
    /// last build that this one can do without.
    func sections(ofToken token: String) -> [SearchSection]? {
        store.entry(named: token, quietly: true)?.outline.searchSections
    }

    /// A damaged record is ignored with a note; a cache another binary made is not read.
    func terms(of language: String) -> IndexedTerms? {
        guard store.isCurrent else { return nil }
        let (terms, damaged) = SearchRecord.load(language, context: store.context, from: store.folder)
        if damaged { store.note("ignored the build cache's damaged record of the search terms (\(store.folder.path)/\(SearchRecord.prefix + language))") }
        return terms
    }

    func keep(_ terms: IndexedTerms, of language: String) {
        store.searchTerms.keep(terms, of: language)
    }
}

/// Each language's search index terms this build made, which `PageStore.commit` records.
final class SearchTermsRecorder: Sendable {
    private let terms = Mutex<[String: IndexedTerms]>([:])

    func keep(_ terms: IndexedTerms, of language: String) {
        self.terms.withLock { $0[language] = terms }
    }

    var kept: [String: IndexedTerms] { terms.withLock { $0 } }
}
