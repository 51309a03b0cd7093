import PlaybookMarkdown

/// Stage 2: converts each page's Markdown with cmark-gfm, rewriting links through the `URLMap`.
public struct PageParser: Sendable {
    public let map: URLMap
    public let config: SiteConfig

    public init(map: URLMap, config: SiteConfig) {
        self.map = map
        self.config = config
    }

    /// Pages are parsed in parallel (cmark's lock is held only while it parses); results and
    /// diagnostics keep the order of `pages`.
    public func parse(_ pages: [SourcePage]) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        let results = pages.concurrentMap { parse($0) }
        return (results.map(\.0), results.flatMap(\.1))
    }

    public func parse(_ page: SourcePage) -> (ParsedPage, [Diagnostic]) {
        let folder = SitePath.folder(key: page.key, language: page.language, defaultLanguage: map.defaultLanguage)
        let resolver = LinkResolver(map: map, config: config)
        let text = SourceText(page.body)
        var links: [PageLink] = []
        var diagnostics: [Diagnostic] = []
        let converted = MarkdownConverter.convert(page.body, options: MarkdownOptions(allowRawHTML: config.allowRawHTML)) { link in
            let location = SourceLocation(file: page.sourcePath, line: link.line + page.bodyStartLine - 1, column: link.column)
            switch resolver.resolve(link.destination, from: page, folder: folder) {
            case .external:
                return .keep
            case .sameDocument(let fragment):
                links.append(PageLink(target: PageAddress(key: page.key, language: page.language), fragment: fragment,
                                      location: location, sourceLine: text.line(link.line)))
                return .keep
            case .page(let address, let fragment, let href):
                links.append(PageLink(target: address, fragment: fragment, location: location, sourceLine: text.line(link.line)))
                return .replace(href)
            case .asset(let href):
                return .replace(href)
            case .problem(let severity, let message, let notes):
                diagnostics.append(Diagnostic(severity, message, at: location, sourceLine: text.line(link.line), notes: notes))
                return .keep
            }
        }
        // The Markdown is not needed once converted; not keeping it until the site is written
        // saves its whole size in peak memory (about 90 MB at 10,000 pages).
        var source = page
        source.body = ""
        let parsed = ParsedPage(source: source, folder: folder, html: converted.html, headings: converted.headings,
                                links: links, taskItems: converted.taskItems)
        return (parsed, diagnostics)
    }
}
