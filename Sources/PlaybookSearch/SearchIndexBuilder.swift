import PlaybookModel
import PlaybookSupport

/// Builds a language's search index from the heading sections of its own pages.
///
/// Every page gives one document for the part before its first heading, which carries the
/// title and summary, and one per heading. A language other than the default one also lists
/// the default language's pages it has not translated (as its indexes do); its index does not
/// hold them again: its search reads the default language's index too, skipping the pages it
/// has translated (`SearchFallback`).
public enum SearchIndexBuilder {
    /// With `memory`, the terms are patched from the last build's where few pages changed
    /// (`TermsPatch`), and kept for the next build.
    static func build(_ language: LanguageSite, config: SiteConfig, strings: [String: String], memory: SearchMemory? = nil) -> SearchIndex {
        let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
        let listed = indexedPages(of: language, root: root)
        let docs = SearchDocuments(pages: listed, root: root)
        var kinds: [SearchKind] = [], first = 0
        for kind in PageKind.allCases {
            let count = listed.reduce(0) { $0 + ($1.kind == kind ? $1.page.searchSections.count : 0) }
            // Every kind, with its label, also one without pages: the default language's
            // documents shown in this language's search take their labels from here.
            kinds.append(SearchKind(name: kind.rawValue, label: strings["kind_\(kind.rawValue)"] ?? kind.rawValue, docs: first..<(first + count)))
            first += count
        }
        return SearchIndex(
            language: language.language, kinds: kinds,
            pillars: Pillar.allCases.map { [$0.rawValue, strings["pillar_\($0.rawValue)"] ?? $0.rawValue] },
            docs: docs, terms: terms(of: listed.map(\.page), language: language.language, memory: memory))
    }

    /// The language's own pages, whose documents its index holds, kind by kind in section
    /// order: the documents' order.
    static func indexedPages(of language: LanguageSite, root: String) -> [(kind: PageKind, page: ParsedPage)] {
        PageKind.allCases.flatMap { kind in
            (language.sections[kind] ?? []).map(\.page).filter { $0.folder.hasPrefix(root) }.map { (kind, $0) }
        }
    }

    /// The terms of `pages`' documents: patched from the last build's when `memory` knows
    /// every page and few changed, else gathered from every document; kept in `memory`.
    private static func terms(of pages: [ParsedPage], language: String, memory: SearchMemory?) -> [EncodedTerms] {
        var indexed: [IndexedPage]? = memory == nil ? nil : []
        for page in pages {
            guard let token = memory?.token(of: page) else {
                indexed = nil
                break
            }
            indexed?.append(IndexedPage(token: token, docs: page.searchSections.count, pillars: page.frontMatter.pillars.map(\.rawValue)))
        }
        if let memory, let indexed, let previous = memory.terms(of: language),
           let patched = TermsPatch.patched(previous, pages: indexed, sections: { pages[$0].searchSections }, memory: memory) {
            memory.keep(IndexedTerms(pages: indexed, terms: patched), of: language)
            return [patched]
        }
        let pillars = pages.flatMap { page in page.searchSections.map { _ in page.frontMatter.pillars.map(\.rawValue) } }
        let runs = TermBuckets.encodedTerms(terms: pages.flatMap { $0.searchSections.map(\.terms) }, pillars: pillars)
        if let memory, let indexed { memory.keep(IndexedTerms(pages: indexed, terms: EncodedTerms(joining: runs)), of: language) }
        return runs
    }

    /// What a language other than the default one reads of the default language's index
    /// (`defaultDocs`): the documents of the pages it lists untranslated, none of the others.
    static func fallback(for language: LanguageSite, config: SiteConfig, defaultDocs: SearchDocuments) -> SearchFallback {
        let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
        let untranslated = Set(language.sections.values.joined().map(\.page.folder).filter { !$0.hasPrefix(root) })
        var skip: [Range<Int>] = []
        for (folder, docs) in defaultDocs.pageDocuments where !untranslated.contains(folder) && !docs.isEmpty {
            if let last = skip.last, last.upperBound == docs.lowerBound {
                skip[skip.count - 1] = last.lowerBound..<docs.upperBound
            } else {
                skip.append(docs)
            }
        }
        return SearchFallback(folder: SitePath.toRoot(from: root + "search/") + "search/", skip: skip)
    }

    /// The term standing for a pillar, which the search page's pillar menu filters by: `#`
    /// is in no word, so no text gives it.
    static func pillarTerm(_ pillar: String) -> String { "#" + pillar }

    /// A page's search sections, made in the parse stage from its conversion: one for the part
    /// before the first heading (with the title and summary), one per heading. Tokenizing here,
    /// once per page on every core, lets a language's index merely merge, and lets the
    /// Chinese index reuse the English pages it lists instead of tokenizing them again.
    ///
    /// `texts` are the sections' texts as UTF-8 (`ConvertedMarkdown.sectionTexts`).
    public static func sections(title: String, summary: String?, headings: [PageHeading], texts: [[UInt8]]) -> [SearchSection] {
        var intro = Array((summary ?? "").utf8)
        if let first = texts.first, !first.isEmpty {
            if !intro.isEmpty { intro.append(UInt8(ascii: " ")) }
            intro += first
        }
        var sections = [SearchSection(heading: nil, anchor: nil, excerpt: excerpt(intro), terms: terms([(Array(title.utf8), .title), (intro, .text)]))]
        for (index, heading) in headings.enumerated() {
            let text = index + 1 < texts.count ? texts[index + 1] : []
            sections.append(SearchSection(heading: heading.text, anchor: heading.id, excerpt: excerpt(text),
                                          terms: terms([(Array(heading.text.utf8), .heading), (text, .text)])))
        }
        return sections
    }

    /// Each term of the texts once, with the fields it occurs in. The order does not matter:
    /// the index sorts its terms, and a term's postings follow the documents.
    ///
    /// A CJK character followed by another in its run is left out: the pair it starts stands
    /// for it, since a one-character query matches the pairs it starts (`theme/search.js`) as
    /// well as the character itself, which is kept where it ends a run. Characters are the
    /// densest terms of a Chinese index.
    static func terms(_ texts: [([UInt8], SearchField)]) -> PackedTerms {
        // About one distinct term in a dozen bytes of English, one in six of Chinese (most of
        // a section's pairs are new to it): sized for Chinese, the tables rarely grow.
        var collector = TermCollector(expectedTerms: texts.reduce(0) { $0 + $1.0.count } / 6)
        for (text, field) in texts {
            let fields = UInt8(field.rawValue)
            text.withUnsafeBufferPointer { text in
                SearchTokenizer.forEachTermUTF8(in: text, leavingOutPairedCharacters: true) { collector.add($0, fields: fields) }
            }
        }
        return collector.terms
    }
}

extension SearchIndexBuilder {
    /// How many bytes of a section's text (UTF-8) a document keeps for its result snippet (the
    /// results page shows 180 characters around the first match): 320 letters of English, 106
    /// characters of Chinese, which say as much. The whole text is indexed; keeping all of it
    /// would fill a large index with text no snippet shows.
    static let excerptLength = 320

    /// The start of `text` (UTF-8) within `excerptLength` bytes, cut after a whole word when a
    /// space falls in the second half, else after a whole character.
    static func excerpt(_ text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { text in
            guard text.count > excerptLength else { return String(decoding: text, as: UTF8.self) }
            if let ascii = asciiExcerpt(text) { return ascii }
            // Where a character ends depends only on the scalars before and the one after: a
            // `String` of the text to the end of the scalar at `excerptLength` cuts as the whole would.
            var end = excerptLength + 1
            while end < text.count, text[end] & 0xC0 == 0x80 { end += 1 }
            return excerpt(characters: String(decoding: text[..<end], as: UTF8.self))
        }
    }

    /// `excerpt` a character at a time, of a text longer than `excerptLength`.
    private static func excerpt(characters text: String) -> String {
        var (end, space) = (text.startIndex, String.Index?.none)
        while end < text.endIndex {
            let next = text.index(after: end)
            guard text.utf8.distance(from: text.startIndex, to: next) <= excerptLength else { break }
            if text[end] == " " { space = end }
            end = next
        }
        if let space, text.utf8.distance(from: text.startIndex, to: space) > excerptLength / 2 {
            return String(text[..<space])
        }
        return String(text[..<end])
    }

    /// `excerpt` faster, when the text's first `excerptLength` bytes and the one after them are
    /// ASCII other than CR (which joins a following LF into one character): each is
    /// then one byte. Cutting by `Character` is costly, and every section is cut.
    private static func asciiExcerpt(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let head = UnsafeBufferPointer(rebasing: bytes[...excerptLength])
        guard !head.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        let start = UnsafeBufferPointer(rebasing: head[..<excerptLength])
        if let space = start.lastIndex(of: UInt8(ascii: " ")), space > excerptLength / 2 {
            return String(decoding: start[..<space], as: UTF8.self)
        }
        return String(decoding: start, as: UTF8.self)
    }
}

