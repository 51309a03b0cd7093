import PlaybookModel
import PlaybookSupport

/// Builds a language's search index from the heading sections of its pages.
///
/// Every page listed in the language (its own pages, and the default language's untranslated
/// ones, as in its indexes) gives one document for the part before its first heading, which
/// carries the title and summary, and one per heading.
public enum SearchIndexBuilder {
    public static func build(_ language: LanguageSite, config: SiteConfig, strings: [String: String]) -> SearchIndex {
        let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
        var docs: [SearchDocument] = []
        // Terms numbered by their bytes, with their postings by number. Documents are added in
        // order, so a term's postings grow at the end.
        var table = ByteStringTable(expectedCount: 1 << 14)
        var postings: [PostingList] = []
        var kinds: [[String]] = []
        for kind in PageKind.allCases {
            let listed = language.sections[kind] ?? []
            if !listed.isEmpty { kinds.append([kind.rawValue, strings["kind_\(kind.rawValue)"] ?? kind.rawValue]) }
            for page in listed.map(\.page) {
                let url = page.folder.hasPrefix(root)
                    ? SitePath.encode(String(page.folder.dropFirst(root.count)) + "index.html")
                    : SitePath.relative(from: root, to: page.folder + "index.html")
                let pillars = page.frontMatter.pillars.map(\.rawValue)
                for section in page.searchSections {
                    section.terms.forEach { term, fields in
                        let (number, isNew) = table.number(of: term)
                        if isNew { postings.append(PostingList()) }
                        postings[number].add(docs.count, fields: fields)
                    }
                    docs.append(SearchDocument(t: page.frontMatter.title, h: section.heading,
                                               u: section.anchor.map { url + "#" + $0 } ?? url, k: kind.rawValue, p: pillars, x: section.excerpt))
                }
            }
        }
        var terms: [SearchTerm] = []
        terms.reserveCapacity(postings.count)
        for (number, list) in postings.enumerated() { terms.append(SearchTerm(term: table.string(number), postings: list.postings)) }
        // Let go of the table and lists before sorting, which needs room of its own.
        (table, postings) = (ByteStringTable(expectedCount: 0), [])
        terms.sort { $0.term.utf16.lexicographicallyPrecedes($1.term.utf16) }
        return SearchIndex(
            language: language.language, kinds: kinds,
            pillars: Pillar.allCases.map { [$0.rawValue, strings["pillar_\($0.rawValue)"] ?? $0.rawValue] },
            docs: docs, terms: terms)
    }

    /// A page's search sections, made in the parse stage from its conversion: one for the part
    /// before the first heading (with the title and summary), one per heading. Tokenizing here,
    /// once per page on every core, lets a language's index merely merge, and lets the
    /// Chinese index reuse the English pages it lists instead of tokenizing them again.
    public static func sections(title: String, summary: String?, headings: [PageHeading], texts: [String]) -> [SearchSection] {
        let intro = [summary ?? "", texts.first ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        var sections = [SearchSection(heading: nil, anchor: nil, excerpt: excerpt(intro), terms: terms([(title, .title), (intro, .text)]))]
        for (index, heading) in headings.enumerated() {
            let text = index + 1 < texts.count ? texts[index + 1] : ""
            sections.append(SearchSection(heading: heading.text, anchor: heading.id, excerpt: excerpt(text),
                                          terms: terms([(heading.text, .heading), (text, .text)])))
        }
        return sections
    }

    /// Each term of the texts once, with the fields it occurs in. The order does not matter:
    /// the index sorts its terms, and a term's postings follow the documents.
    private static func terms(_ texts: [(String, SearchField)]) -> PackedTerms {
        // About one distinct term in a dozen bytes of prose.
        var collector = TermCollector(expectedTerms: texts.reduce(0) { $0 + $1.0.utf8.count } / 12)
        for (text, field) in texts {
            SearchTokenizer.forEachTermUTF8(in: text) { collector.add($0, fields: UInt8(field.rawValue)) }
        }
        return collector.terms
    }
}

extension SearchIndexBuilder {
    /// How much of a section's text a document keeps for its result snippet (the results page
    /// shows 180 characters around the first match). The whole text is indexed; keeping all
    /// of it would fill a large index with text no snippet shows.
    static let excerptLength = 320

    /// The start of `text`, cut after a whole word when it is longer than `excerptLength`.
    static func excerpt(_ text: String) -> String {
        guard text.utf8.count > excerptLength else { return text }
        if let ascii = asciiExcerpt(text) { return ascii }
        let start = text.prefix(excerptLength)
        guard start.endIndex < text.endIndex else { return text }
        if let space = start.lastIndex(of: " "), start.distance(from: start.startIndex, to: space) > excerptLength / 2 {
            return String(start[..<space])
        }
        return String(start)
    }

    /// `excerpt` on bytes, when the text's first `excerptLength` characters and the one after
    /// them are ASCII other than CR (which joins a following LF into one character): each is
    /// then one byte. Cutting by `Character` is costly, and every section is cut.
    private static func asciiExcerpt(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let head = UnsafeBufferPointer(rebasing: bytes[...excerptLength])
            guard !head.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            let start = UnsafeBufferPointer(rebasing: head[..<excerptLength])
            if let space = start.lastIndex(of: UInt8(ascii: " ")), space > excerptLength / 2 {
                return String(decoding: start[..<space], as: UTF8.self)
            }
            return String(decoding: start, as: UTF8.self)
        }
    }
}

/// A term's postings while an index is built, already packed as `SearchTerm` writes them
/// (`(document − previous) × 8 + fields`), not as pairs of whole numbers to be packed later,
/// which would take far more memory, for each language at once.
struct PostingList {
    private var last = 0
    private(set) var postings: [Int] = []

    /// Adds `fields` for `document`, which is the last one added or a later one.
    mutating func add(_ document: Int, fields: Int) {
        if !postings.isEmpty, document == last {
            postings[postings.count - 1] |= fields
        } else {
            postings.append((document - last) << 3 | fields)
            last = document
        }
    }
}
