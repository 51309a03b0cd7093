/// The search index of one language, as published in `search-index.json` and
/// `search-index.js` (encoded with `JSONEncoder`; short keys keep large indexes small).
public struct SearchIndex: Codable, Sendable, Hashable {
    public var version = 2
    public var language: String
    /// The kinds present, in section order, with their labels: `["article", "Article"]`.
    public var kinds: [[String]]
    /// The four pillars with their labels.
    public var pillars: [[String]]
    /// One document per heading section of every page.
    public var docs: [SearchDocument]
    /// Every term, sorted by UTF-16 code units (JavaScript's string order, for binary search),
    /// each with its postings.
    public var terms: [SearchTerm]
}

/// One heading section of one page.
public struct SearchDocument: Codable, Sendable, Hashable {
    /// Page title.
    public var t: String
    /// Section heading; absent for the part of a page before its first heading.
    public var h: String?
    /// URL relative to the language root (`articles/listen/index.html#recall`).
    public var u: String
    /// Page kind (`PageKind.rawValue`).
    public var k: String
    /// Pillars of the page.
    public var p: [String]
    /// The start of the section's plain text, for the snippet (`SearchIndexBuilder.excerpt`).
    public var x: String
}

/// A term and the documents it occurs in, encoded as `["term", [1, 36]]`.
///
/// Each posting is one number, `(document − previous document) × 8 + fields` (the first
/// counts from 0; `fields` is a bit set of `SearchField`): deltas keep the numbers short, and
/// a large index far smaller than plain `[document, fields]` pairs.
public struct SearchTerm: Codable, Sendable, Hashable {
    public var term: String
    public var postings: [Int]

    public init(term: String, postings: [Int]) {
        self.term = term
        self.postings = postings
    }

    /// The `(document, fields)` pairs of the postings.
    public var documents: [(document: Int, fields: Int)] {
        var document = 0
        return postings.map { posting in
            document += posting >> 3
            return (document, posting & 7)
        }
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        term = try container.decode(String.self)
        postings = try container.decode([Int].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(term)
        try container.encode(postings)
    }
}

/// Where a term occurs in a document; ranking puts title before heading before text.
public enum SearchField: Int, Sendable {
    case title = 1
    case heading = 2
    case text = 4
}
