import PlaybookMarkdown

/// Builds a language's search index from the heading sections of its pages.
///
/// Every page listed in the language (its own pages, and the default language's untranslated
/// ones, as in its indexes) gives one document for the part before its first heading, which
/// carries the title and summary, and one per heading.
public enum SearchIndexBuilder {
    /// With `memo`, a page whose title, headings, texts and URL are unchanged since the last
    /// build is not tokenized again (`playbook serve`).
    static func build(_ language: LanguageSite, config: SiteConfig, strings: [String: String],
                      memo: Memo<SearchPageInput, [SearchPageDocument]>? = nil) -> SearchIndex {
        let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
        var docs: [SearchDocument] = []
        // Documents are added in order, so a term's postings grow at the end: `[doc, fields, …]`.
        var postings: [String: [Int]] = [:]
        var kinds: [[String]] = []
        memo?.begin(context: 0)
        for kind in PageKind.allCases {
            let listed = language.sections[kind] ?? []
            if !listed.isEmpty { kinds.append([kind.rawValue, strings["kind_\(kind.rawValue)"] ?? kind.rawValue]) }
            for page in listed.map(\.page) {
                let front = page.frontMatter
                let url = page.folder.hasPrefix(root)
                    ? SitePath.encode(String(page.folder.dropFirst(root.count)) + "index.html")
                    : SitePath.relative(from: root, to: page.folder + "index.html")
                let input = SearchPageInput(title: front.title, summary: front.summary, pillars: front.pillars.map(\.rawValue),
                                            kind: kind.rawValue, url: url, headings: page.headings, texts: page.sectionTexts)
                for document in memo?.value(for: input, make: { input.documents() }) ?? input.documents() {
                    for (term, fields) in document.terms {
                        postings[term, default: []].withPosting(docs.count) { $0 |= fields }
                    }
                    docs.append(document.document)
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

    /// The public entry point: a whole index, nothing reused.
    public static func build(_ language: LanguageSite, config: SiteConfig, strings: [String: String]) -> SearchIndex {
        build(language, config: config, strings: strings, memo: nil)
    }
}

/// What one page contributes to a search index.
struct SearchPageInput: Hashable, Sendable {
    var title: String
    var summary: String?
    var pillars: [String]
    var kind: String
    var url: String
    var headings: [MarkdownHeading]
    var texts: [String]

    /// One document for the part before the first heading (with the title and summary), one
    /// per heading.
    func documents() -> [SearchPageDocument] {
        let intro = [summary ?? "", texts.first ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        var documents = [SearchPageDocument(
            document: SearchDocument(t: title, h: nil, u: url, k: kind, p: pillars, x: SearchIndexBuilder.excerpt(intro)),
            terms: Self.terms([(title, .title), (intro, .text)]))]
        for (index, heading) in headings.enumerated() {
            let text = index + 1 < texts.count ? texts[index + 1] : ""
            documents.append(SearchPageDocument(
                document: SearchDocument(t: title, h: heading.text, u: url + "#" + heading.id, k: kind, p: pillars,
                                         x: SearchIndexBuilder.excerpt(text)),
                terms: Self.terms([(heading.text, .heading), (text, .text)])))
        }
        return documents
    }

    /// Each term of the texts once, with the fields it occurs in, in order of first occurrence.
    private static func terms(_ texts: [(String, SearchField)]) -> [(String, Int)] {
        var order: [String] = []
        var fields: [String: Int] = [:]
        for (text, field) in texts {
            for term in SearchTokenizer.terms(text) {
                if fields[term] == nil { order.append(term) }
                fields[term, default: 0] |= field.rawValue
            }
        }
        return order.map { ($0, fields[$0]!) }
    }
}

/// A search document and its terms with their fields.
struct SearchPageDocument: Sendable {
    var document: SearchDocument
    var terms: [(String, Int)]
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
