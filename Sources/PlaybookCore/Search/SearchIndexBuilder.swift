/// Builds a language's search index from the heading sections of its pages.
///
/// Every page listed in the language (its own pages, and the default language's untranslated
/// ones, as in its indexes) gives one document for the part before its first heading, which
/// carries the title and summary, and one per heading.
public enum SearchIndexBuilder {
    public static func build(_ language: LanguageSite, config: SiteConfig, strings: [String: String]) -> SearchIndex {
        let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
        var docs: [SearchDocument] = []
        // Documents are added in order, so a term's postings grow at the end: `[doc, fields, …]`.
        var postings: [String: [Int]] = [:]
        func add(_ text: String, field: SearchField, to doc: Int) {
            for term in SearchTokenizer.terms(text) {
                postings[term, default: []].withPosting(doc) { $0 |= field.rawValue }
            }
        }
        var kinds: [[String]] = []
        for kind in PageKind.allCases {
            let listed = language.sections[kind] ?? []
            if !listed.isEmpty { kinds.append([kind.rawValue, strings["kind_\(kind.rawValue)"] ?? kind.rawValue]) }
            for page in listed.map(\.page) {
                let front = page.frontMatter
                let url = page.folder.hasPrefix(root)
                    ? SitePath.encode(String(page.folder.dropFirst(root.count)) + "index.html")
                    : SitePath.relative(from: root, to: page.folder + "index.html")
                let texts = page.sectionTexts
                let pillars = front.pillars.map(\.rawValue)
                let intro = [front.summary ?? "", texts.first ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
                add(front.title, field: .title, to: docs.count)
                add(intro, field: .text, to: docs.count)
                docs.append(SearchDocument(t: front.title, h: nil, u: url, k: kind.rawValue, p: pillars, x: excerpt(intro)))
                for (index, heading) in page.headings.enumerated() {
                    let text = index + 1 < texts.count ? texts[index + 1] : ""
                    add(heading.text, field: .heading, to: docs.count)
                    add(text, field: .text, to: docs.count)
                    docs.append(SearchDocument(t: front.title, h: heading.text, u: url + "#" + heading.id,
                                               k: kind.rawValue, p: pillars, x: excerpt(text)))
                }
            }
        }
        let terms = postings.map { term, pairs in
            SearchTerm(term: term, documents: stride(from: 0, to: pairs.count, by: 2).map { (pairs[$0], pairs[$0 + 1]) })
        }
            .sorted { $0.term.utf16.lexicographicallyPrecedes($1.term.utf16) }
        return SearchIndex(
            language: language.language, kinds: kinds,
            pillars: Pillar.allCases.map { [$0.rawValue, strings["pillar_\($0.rawValue)"] ?? $0.rawValue] },
            docs: docs, terms: terms)
    }
}

extension SearchIndexBuilder {
    /// How much of a section's text a document keeps for its result snippet (the results page
    /// shows 180 characters around the first match). The whole text is indexed; keeping all
    /// of it made a 10,000-page index 100 MB, most of it text no snippet would show.
    static let excerptLength = 320

    /// The start of `text`, cut after a whole word when it is longer than `excerptLength`.
    static func excerpt(_ text: String) -> String {
        guard text.utf8.count > excerptLength else { return text }
        let start = text.prefix(excerptLength)
        guard start.endIndex < text.endIndex else { return text }
        if let space = start.lastIndex(of: " "), start.distance(from: start.startIndex, to: space) > excerptLength / 2 {
            return String(start[..<space])
        }
        return String(start)
    }
}

extension Array where Element == Int {
    /// Changes the fields of `doc`'s posting, appending one when `doc` is not the last.
    fileprivate mutating func withPosting(_ doc: Int, _ change: (inout Int) -> Void) {
        if count >= 2, self[count - 2] == doc {
            change(&self[count - 1])
        } else {
            append(doc)
            append(0)
            change(&self[count - 1])
        }
    }
}
