import PlaybookSupport

/// A heading of a converted page, with the id it was given.
public struct PageHeading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// A phrase of a phrase library: what to say in a situation, and what to avoid saying.
public struct PagePhrase: Sendable, Hashable {
    /// The phrase card's anchor on its page.
    public var id: String
    public var text: String
    public var avoid: String?
    public var situation: String

    public init(id: String, text: String, avoid: String?, situation: String) {
        self.id = id
        self.text = text
        self.avoid = avoid
        self.situation = situation
    }
}

/// What one heading section of a page gives a search index.
public struct SearchSection: Sendable {
    /// The heading; nil for the part before the first heading.
    public var heading: String?
    /// The heading's id, for the URL's fragment.
    public var anchor: String?
    /// The start of the section's text, for the snippet.
    public var excerpt: String
    /// Every term of the section with its search-field bits.
    public var terms: PackedTerms

    public init(heading: String?, anchor: String?, excerpt: String, terms: PackedTerms) {
        self.heading = heading
        self.anchor = anchor
        self.excerpt = excerpt
        self.terms = terms
    }
}

/// A page as a language's handbook shows it: its anchor there (`articles-listen`), and its
/// content with every id prefixed by it and links pointing within that handbook, kept out of
/// memory until the handbook is written.
public struct HandbookCopy: Sendable, Hashable {
    public let id: String
    public let html: KeptText

    public init(id: String, html: KeptText) {
        self.id = id
        self.html = html
    }

    public init(id: String, html: SpilledText) {
        self.init(id: id, html: KeptText(html))
    }
}

/// Text a later stage may read, kept out of memory until it does: written to a spill file, or
/// left where it can be fetched again (a page's part in the build cache, read back only by a
/// build that needs it).
public struct KeptText: Sendable, Hashable {
    private enum Place: Sendable {
        case spilled(SpilledText)
        case fetched(key: String, fetch: @Sendable () throws -> String)
    }

    private let place: Place

    public init(_ spilled: SpilledText) {
        place = .spilled(spilled)
    }

    /// Text that `fetch` gets when asked; `key` names it: two with the same key are the same text.
    public init(key: String, fetch: @escaping @Sendable () throws -> String) {
        place = .fetched(key: key, fetch: fetch)
    }

    public func read() throws -> String {
        switch place {
        case .spilled(let spilled): try spilled.read()
        case .fetched(_, let fetch): try fetch()
        }
    }

    public static func == (a: KeptText, b: KeptText) -> Bool {
        switch (a.place, b.place) {
        case (.spilled(let a), .spilled(let b)): a == b
        case (.fetched(let a, _), .fetched(let b, _)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch place {
        case .spilled(let spilled): hasher.combine(spilled)
        case .fetched(let key, _): hasher.combine(key)
        }
    }
}
