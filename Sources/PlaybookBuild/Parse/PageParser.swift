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
    /// are the same. Parsed pages do not keep their Markdown (`droppingBody()`), nor does the
    /// cache: a page is known by its body's hash.
    let cache: BuildCache?
    /// With it, each handbook page also gets its handbook copy (`HandbookCopies`); `playbook
    /// check` writes no handbook and parses without.
    let handbook: HandbookCopies?

    /// `playbook build`'s persistent cache, with what loading found out for it.
    let store: Stored?

    struct Stored: Sendable {
        let store: PageStore
        /// Each page file's digest, by source path.
        let sources: [String: String]
        /// The pages loaded without their bodies (`KnownSources`), by source path: read when
        /// converted.
        let unread: Set<String>
        let loader: ContentLoader
    }

    init(map: URLMap, config: SiteConfig, phraseLabels: [String: PhraseCardLabels] = [:], cache: BuildCache? = nil,
         handbook: HandbookCopies? = nil, store: Stored? = nil) {
        self.map = map
        self.config = config
        self.phraseLabels = phraseLabels
        self.cache = cache
        self.handbook = handbook
        self.store = store
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
        let parseContext = store.map { _ in storeContext() }
        let answersHold = store?.store.answersHold(underMap: mapDigest(of: pages)) ?? false
        let results = pages.concurrentMap { page in
            if let store, let parseContext, let source = store.sources[page.sourcePath] {
                return parse(page, with: store, source: source, parseContext: parseContext, answersHold: answersHold)
            }
            return cache.map { $0.parsedPages.value(for: page.droppingBody()) { parse(page) } } ?? parse(page)
        }
        return (results.map(\.0), results.flatMap(\.1))
    }

    /// The page from its cache entry when every question its conversion asked gets the same
    /// answer again (taken as they are when `answersHold`); else converted, and its entry saved.
    private func parse(_ page: SourcePage, with stored: Stored, source: String, parseContext: String,
                       answersHold: Bool) -> (ParsedPage, [Diagnostic]) {
        let store = stored.store
        var name = store.name(for: page, source: source, parseContext: parseContext)
        if let (outline, bytes) = store.entry(named: name),
           answersHold || outline.dependencies.allSatisfy({ stillHolds($0, for: page) }) {
            store.use(name, bytes: bytes)
            store.count(hit: true)
            store.note(page, entry: name, hit: true, pageOutline: outline.pageOutline)
            return (parsed(page.droppingBody(), from: outline, entry: name, stored: stored, source: source), [])
        }
        store.count(hit: false)
        var page = page, source = source, loadDiagnostics: [Diagnostic] = []
        if stored.unread.contains(page.sourcePath) {
            let read = stored.loader.reading(page)
            page = read.page
            loadDiagnostics = read.diagnostics
            if let digest = read.digest {
                source = digest
                name = store.name(for: page, source: digest, parseContext: parseContext)
            }
        }
        let recorder = ParseRecorder()
        var handbookHTML: [(language: String, id: String, html: String)] = []
        let (parsed, conversionDiagnostics) = parse(page, recorder: recorder) { handbookHTML = $0 }
        let diagnostics = loadDiagnostics + conversionDiagnostics
        guard diagnostics.isEmpty else { return (parsed, diagnostics) }
        let entry = CachedPage(parsed, handbookHTML: handbookHTML, dependencies: recorder.dependencies)
        let saved = store.save(entry, named: name)
        store.note(page, entry: name, hit: false, pageOutline: entry.outline.pageOutline)
        guard saved else { return (parsed, []) }
        // Its HTML is read back from the entry when asked, not held: a build that converts
        // every page would otherwise hold every page's HTML until the site is written.
        let parts = StoredParts(parser: self, stored: stored, page: parsed.source, source: source, entry: name,
                                handbookIds: entry.outline.handbookIds)
        return (ParsedPage(source: parsed.source, folder: parsed.folder, readHTML: { parts.html() }, headings: parsed.headings,
                           links: parsed.links, tasks: parsed.tasks, phrases: parsed.phrases, searchSections: parsed.searchSections,
                           handbookCopies: parsed.handbookCopies), [])
    }

    /// The page as its entry has it: the outline at once, the HTML and handbook copies read from
    /// the entry only when asked (`StoredParts`).
    private func parsed(_ page: SourcePage, from outline: CachedPage.Outline, entry name: String, stored: Stored,
                        source: String) -> ParsedPage {
        let parts = StoredParts(parser: self, stored: stored, page: page, source: source, entry: name, handbookIds: outline.handbookIds)
        var copies: [String: HandbookCopy] = [:]
        if handbook != nil {
            for (index, copy) in outline.handbookIds.enumerated() {
                copies[copy.language] = HandbookCopy(id: copy.id, html: KeptText(key: "\(name) \(index)") { try parts.handbookCopy(index) })
            }
        }
        return ParsedPage(source: page, folder: folder(of: page), readHTML: { parts.html() }, headings: outline.headings,
                          links: outline.links, tasks: outline.tasks, phrases: outline.phrases, searchSections: outline.searchSections,
                          handbookCopies: copies)
    }

    /// What the parse stage is given besides the pages and the configuration (which the
    /// store's own key covers), as text: the phrase cards' words, whether it makes handbook copies.
    private func storeContext() -> String {
        // Described whole (a struct of strings), so that a label added later is part of it too.
        let labels = phraseLabels.sorted { $0.key < $1.key }.map { "\($0.key)\u{1F}\(String(describing: $0.value))" }
        return (labels + ["handbook \(handbook != nil)"]).joined(separator: "\u{1E}")
    }

    /// The digest of what a conversion's questions are answered from (`PageStore.answersHold`),
    /// made from `pages`: the URL map (the default language, every known source in order, the
    /// assets first, and each page's place) and the handbook anchors (the languages with a
    /// handbook, and each page's anchor in each of them).
    private func mapDigest(of pages: [SourcePage]) -> String {
        var digest = ContentDigest(map.defaultLanguage)
        for source in map.knownSources { digest.add(source) }
        for page in pages {
            let address = PageAddress(key: page.key, language: page.language)
            digest.add(address.key)
            digest.add(address.language)
            digest.add(map.folder(of: address) ?? "\u{0}")
            digest.add(map.sourcePath(of: address) ?? "\u{0}")
        }
        guard let handbook else {
            digest.add("no handbook")
            return digest.description
        }
        for language in handbook.ids.keys.sorted() {
            digest.add(language)
            let ids = handbook.ids[language] ?? [:]
            for page in pages { digest.add(ids[PageAddress(key: page.key, language: page.language)] ?? "\u{0}") }
        }
        return digest.description
    }

    private func stillHolds(_ dependency: ParseDependency, for page: SourcePage) -> Bool {
        switch dependency.question {
        case .link(let destination):
            LinkResolver(map: map, config: config, targets: linkTargets).target(of: destination, on: page).recorded == dependency.answer
        case .handbookLanguages:
            handbook?.ids.keys.sorted().joined(separator: " ") == dependency.answer
        case .handbookId(let language, let address):
            handbook.map { HandbookCopies.recorded($0.lookUp(address, in: language)) } == dependency.answer
        }
    }

    private func folder(of page: SourcePage) -> String {
        SitePath.folder(key: page.key, language: page.language, defaultLanguage: map.defaultLanguage)
    }

    /// Converts `page`; `recorder` notes what the conversion asked of the rest of the site and
    /// `handbookHTML` gets each handbook copy's HTML (both for the build cache).
    func parse(_ page: SourcePage, recorder: ParseRecorder? = nil,
               handbookHTML: ((_ copies: [(language: String, id: String, html: String)]) -> Void)? = nil) -> (ParsedPage, [Diagnostic]) {
        let folder = folder(of: page)
        var resolver = LinkResolver(map: map, config: config, targets: linkTargets)
        resolver.recorder = recorder
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
        handbookHTML?(zip(books, converted.variantHTML).map { (language: $0.language, id: $0.id, html: $1) })
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
        let tasks = TaskCount(total: converted.taskItems.count, done: converted.taskItems.filter(\.isChecked).count)
        let phrases = converted.phrases.map { PagePhrase(id: $0.id, text: $0.text, avoid: $0.avoid, situation: $0.situation) }
        let sections = SearchIndexBuilder.sections(title: page.frontMatter.title, summary: page.frontMatter.summary, headings: headings,
                                                   texts: converted.sectionTexts)
        // The preview (`cache`) keeps its pages from build to build: there the HTML is held compressed.
        guard cache != nil else {
            return (ParsedPage(source: page.droppingBody(), folder: folder, html: converted.html, headings: headings, links: links, tasks: tasks,
                               phrases: phrases, searchSections: sections, handbookCopies: handbookCopies), diagnostics)
        }
        let html = CompressedText(converted.html)
        return (ParsedPage(source: page.droppingBody(), folder: folder, readHTML: { html.text }, headings: headings, links: links, tasks: tasks,
                           phrases: phrases, searchSections: sections, handbookCopies: handbookCopies), diagnostics)
    }
}
