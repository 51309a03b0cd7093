import PlaybookModel

/// A language's index terms as a build made them, with what each page's documents were made
/// from: the build cache keeps it, so that the next build, when few pages changed, patches
/// their terms' postings (`TermsPatch`) instead of gathering every page's terms again.
public struct IndexedTerms: Sendable {
    /// Each page with documents, in document order.
    var pages: [IndexedPage]
    var terms: EncodedTerms

    /// The bytes the build cache keeps (`init(archived:)` reads them back).
    public var archived: [UInt8] {
        var archive = ByteArchive()
        archive.int(pages.count)
        for page in pages {
            archive.text(page.token)
            archive.int(page.docs)
            archive.int(page.pillars.count)
            for pillar in page.pillars { archive.text(pillar) }
        }
        terms.archive(into: &archive)
        return archive.bytes
    }

    init(pages: [IndexedPage], terms: EncodedTerms) {
        self.pages = pages
        self.terms = terms
    }

    /// What `archived` held; nil when it does not read back whole.
    public init?(archived bytes: UnsafeRawBufferPointer) {
        var reader = ByteArchive.Reader(bytes)
        guard let count = reader.int(), count >= 0 else { return nil }
        var pages: [IndexedPage] = []
        for _ in 0..<count {
            guard let token = reader.text(), let docs = reader.int(), let pillarCount = reader.int(), (0...16).contains(pillarCount)
            else { return nil }
            var pillars: [String] = []
            for _ in 0..<pillarCount {
                guard let pillar = reader.text() else { return nil }
                pillars.append(pillar)
            }
            pages.append(IndexedPage(token: token, docs: docs, pillars: pillars))
        }
        guard let terms = EncodedTerms(unarchiving: &reader), reader.isAtEnd else { return nil }
        self.init(pages: pages, terms: terms)
    }
}

/// A page with documents in an index: what they were made from (`SearchMemory.token(of:)`),
/// how many there are, and the page's pillars (each document holds their terms).
struct IndexedPage: Equatable, Sendable {
    var token: String
    var docs: Int
    var pillars: [String]
}

/// What the last build left for the search index (the build cache's), and where this one
/// leaves its own.
public protocol SearchMemory: Sendable {
    /// What `page`'s search sections are made from, the same exactly when they are (its build
    /// cache entry's name); nil when unknown.
    func token(of page: ParsedPage) -> String?
    /// The search sections of a page made from `token`, when they can still be read.
    func sections(ofToken token: String) -> [SearchSection]?
    /// `language`'s terms as the last build left them.
    func terms(of language: String) -> IndexedTerms?
    /// Keeps `terms` of `language` for the next build.
    func keep(_ terms: IndexedTerms, of language: String)
}
