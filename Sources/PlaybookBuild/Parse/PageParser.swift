import PlaybookMarkdown
import PlaybookModel
import PlaybookSearch
import PlaybookSupport

/// Stage 2: converts each page's Markdown with cmark-gfm, rewriting links through the `URLMap`.
struct PageParser: Sendable {
    let map: URLMap
    let config: SiteConfig
    /// The phrase cards' UI words per language; English where a language has none.
    let phraseLabels: [String: PhraseCardLabels]
    /// Pages converted by the last build, reused while the map, configuration and labels
    /// are the same. Without one, parsed pages do not keep their Markdown (`droppingBody()`).
    let cache: BuildCache?
    /// With it, each handbook page also gets its handbook copy (`HandbookCopies`); `playbook
    /// check` writes no handbook and parses without.
    let handbook: HandbookCopies?

    init(map: URLMap, config: SiteConfig, phraseLabels: [String: PhraseCardLabels] = [:], cache: BuildCache? = nil,
         handbook: HandbookCopies? = nil) {
        self.map = map
        self.config = config
        self.phraseLabels = phraseLabels
        self.cache = cache
        self.handbook = handbook
    }

    /// What a page's conversion depends on besides the page itself.
    private struct Context: Hashable, Sendable {
        var map: URLMap
        var config: SiteConfig
        var phraseLabels: [String: PhraseCardLabels]
        var handbookIds: [String: [PageAddress: String]]?
    }

    /// Where each distinct link leads, worked out once for all pages (`LinkResolver`).
    private let linkTargets = Memo<LinkResolver.Query, LinkResolver.Target>()

    /// Pages are parsed in parallel (cmark's lock is held only while it parses); results and
    /// diagnostics keep the order of `pages`.
    func parse(_ pages: [SourcePage]) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        cache?.parsedPages.begin(context: Context(map: map, config: config, phraseLabels: phraseLabels, handbookIds: handbook?.ids))
        let results = pages.concurrentMap { page in
            cache.map { $0.parsedPages.value(for: page) { parse(page) } } ?? parse(page)
        }
        return (results.map(\.0), results.flatMap(\.1))
    }

    func parse(_ page: SourcePage) -> (ParsedPage, [Diagnostic]) {
        let folder = SitePath.folder(key: page.key, language: page.language, defaultLanguage: map.defaultLanguage)
        let resolver = LinkResolver(map: map, config: config, targets: linkTargets)
        var links: [PageLink] = []
        var diagnostics: [Diagnostic] = []
        let layout = page.kind?.bodyLayout(labels: phraseLabels[page.language] ?? PhraseCardLabels()) ?? .prose
        let options = MarkdownOptions(allowRawHTML: config.allowRawHTML, layout: layout)
        let books = handbook?.renderings(of: page, resolver: resolver, defaultLanguage: config.defaultLanguage) ?? []
        let converted = MarkdownConverter.convert(page.body, options: options, also: books.map(\.rendering)) { link in
            let location = SourceLocation(file: page.sourcePath, line: link.line + page.bodyStartLine - 1, column: link.column)
            switch resolver.resolve(link.destination, from: page, folder: folder) {
            case .external:
                return .keep
            case .sameDocument(let fragment):
                if !fragment.isEmpty {
                    links.append(PageLink(target: PageAddress(key: page.key, language: page.language), fragment: fragment, location: location))
                }
                return .keep
            case .page(let address, let fragment, let href):
                if let fragment, !fragment.isEmpty { links.append(PageLink(target: address, fragment: fragment, location: location)) }
                return .replace(href)
            case .asset(let href):
                return .replace(href)
            case .problem(let severity, let message, let notes):
                diagnostics.append(Diagnostic(severity, message, at: location, sourceLine: SourceText(page.body).line(link.line), notes: notes))
                return .keep
            }
        }
        var handbookCopies: [String: HandbookCopy] = [:]
        if let spill = handbook?.spill {
            do {
                for (book, html) in zip(books, converted.variantHTML) {
                    handbookCopies[book.language] = HandbookCopy(id: book.id, html: try spill.append(html))
                }
            } catch {
                diagnostics.append(.error("cannot keep the page's handbook copy: \(error.localizedDescription)",
                                          at: SourceLocation(file: page.sourcePath, line: 1, column: 1)))
            }
        }
        let headings = converted.headings.map { PageHeading(level: $0.level, text: $0.text, id: $0.id) }
        let parsed = ParsedPage(source: cache == nil ? page.droppingBody() : page, folder: folder, html: converted.html, headings: headings,
                                links: links, tasks: TaskCount(total: converted.taskItems.count, done: converted.taskItems.filter(\.isChecked).count),
                                phrases: converted.phrases.map { PagePhrase(id: $0.id, text: $0.text, avoid: $0.avoid, situation: $0.situation) },
                                searchSections: SearchIndexBuilder.sections(title: page.frontMatter.title, summary: page.frontMatter.summary,
                                                                            headings: headings, texts: converted.sectionTexts),
                                handbookCopies: handbookCopies)
        return (parsed, diagnostics)
    }
}
