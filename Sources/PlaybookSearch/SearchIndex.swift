/// The search index of one language, as `SearchIndexBuilder` makes it and `SearchShards` cuts
/// it into the files of the language's `search/` folder.
struct SearchIndex: Sendable {
    var language: String
    /// Every kind, in section order: pages are listed kind by kind, so each kind's documents
    /// are one run of numbers, which the search page filters by.
    var kinds: [SearchKind]
    /// The four pillars, `[name, label]`; the index holds a term `#name` for each.
    var pillars: [[String]]
    /// One document per heading section of every page.
    var docs: SearchDocuments
    /// Every term in UTF-8 byte order (code point order, which `theme/search.js` compares by),
    /// with its postings encoded (`PostingsCoding`), in runs made on different cores.
    var terms: [EncodedTerms]
    /// For a language other than the default one, what its search reads of the default
    /// language's index.
    var fallback: SearchFallback?
}

/// The default language's index as another language's search reads it: the way to its folder
/// from this language's, and the runs of its documents to leave out (the pages translated).
struct SearchFallback: Sendable, Hashable {
    var folder: String
    var skip: [Range<Int>]
}

/// A kind in a language's index, with its label and its documents (none when it has no pages).
struct SearchKind: Sendable, Hashable {
    var name: String
    var label: String
    var docs: Range<Int>
}

/// One heading section of one page.
struct SearchDocument: Sendable, Hashable {
    /// Page title.
    var title: String
    /// Section heading; absent for the part of a page before its first heading.
    var heading: String?
    /// URL relative to the language root (`articles/listen/index.html#recall`).
    var url: String
    /// Page kind (`PageKind.rawValue`).
    var kind: String
    /// Pillars of the page.
    var pillars: [String]
    /// The start of the section's plain text, for the snippet (`SearchIndexBuilder.excerpt`).
    var excerpt: String
    /// The page's folder in the site, which tells another language's fallback what to skip.
    var folder: String
}

/// Where a term occurs in a document; ranking puts title before heading before text.
public enum SearchField: Int, Sendable {
    case title = 1
    case heading = 2
    case text = 4
}
