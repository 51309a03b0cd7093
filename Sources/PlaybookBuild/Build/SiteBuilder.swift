import Foundation
import PlaybookHandbook
import PlaybookModel
import PlaybookSupport
import PlaybookTheme

/// Runs the five stages: load → parse → resolve → render → write.
///
/// Load, parse and resolve always run over every file and collect every diagnostic; render
/// and write run only when there are no errors, so a failed build writes nothing.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// Work of the previous build in this process to reuse (`playbook serve`).
    public let cache: BuildCache?
    /// The preview's output folder, which remembers what it holds (`PreviewOutput`).
    public let preview: PreviewOutput?
    /// Each content file's identity as the command line's check listed it before the build
    /// read anything (`BuildStamp.inputs(contentIdentities:)`), by source path; the loader looks at the
    /// files it lacks.
    var listedSources: [String: String] = [:]

    public init(options: BuildOptions, cache: BuildCache? = nil, preview: PreviewOutput? = nil) {
        self.options = options
        self.cache = cache
        self.preview = preview
    }

    /// What `check` found: the resolved site, when the configuration could be read.
    public struct Checked: Sendable {
        public var site: ResolvedSite?
        /// Paths relative to `content/assets/`.
        public var assets: [String]
        public var diagnostics: [Diagnostic]
        public var timings: StageTimings
        /// Each translation against its source (`playbook status`); nil when the configuration could not be read.
        public var translations: TranslationStatus?
        /// Every page as parsed, in the order of their paths.
        public var parsed: [ParsedPage] = []
    }

    /// Load, parse and resolve: everything short of writing (`playbook check`). The theme, when
    /// given, supplies the UI words that Markdown conversion puts into pages (phrase cards).
    /// `makingHandbook` has the parse stage also render each handbook page's copy, which
    /// rendering the site needs and checking does not.
    public func check(theme: Theme? = nil, makingHandbook: Bool = false) -> Checked {
        check(theme: theme, makingHandbook: makingHandbook, store: nil)
    }

    /// `check`, converting pages through the persistent build cache when given one.
    func check(theme: Theme?, makingHandbook: Bool, store: PageStore?) -> Checked {
        var timings = StageTimings()
        let (loadedConfig, configDiagnostics) = ConfigLoader.load(root: options.root)
        guard var config = loadedConfig else { return Checked(site: nil, assets: [], diagnostics: configDiagnostics, timings: timings) }
        if let baseURL = options.baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        var diagnostics = configDiagnostics

        // The record of the page files is read inside the stage it serves.
        let (loader, loaded) = timings.measure("load") { () -> (ContentLoader, ContentLoader.Output) in
            let loader = ContentLoader(root: options.root, config: config, cache: cache, known: store?.knownSources(), listed: listedSources)
            return (loader, loader.load())
        }
        store?.noteSources(loaded.records)
        diagnostics += loaded.diagnostics
        let pages = loaded.pages.filter { options.includeDrafts || !$0.frontMatter.draft }
        if pages.isEmpty, !loaded.pages.isEmpty {
            diagnostics.append(.warning("every page is a draft, so none is published", notes: ["build with --drafts to include them"]))
        }
        // What every page's place says before any page is parsed: URLs claimed twice, translations, handbook anchors.
        let (translations, handbookIds) = timings.measure("places") { () -> (TranslationStatus, [String: [PageAddress: String]]?) in
            diagnostics += URLMap.duplicates(in: pages, assets: loaded.assets, defaultLanguage: config.defaultLanguage)
            return (TranslationStatus(pages: pages, config: config), makingHandbook ? HandbookContents.pageIds(of: pages, config: config) : nil)
        }
        diagnostics += translations.warnings

        var handbook: HandbookCopies?
        if let handbookIds {
            do {
                handbook = HandbookCopies(ids: handbookIds, spill: try SpillFile())
            } catch {
                return Checked(site: nil, assets: [], diagnostics: diagnostics + [.error("cannot make the handbook: \(error.localizedDescription)")],
                               timings: timings)
            }
        }
        let parsed = timings.measure("parse") {
            PageParser(map: URLMap(pages: pages, assets: loaded.assets, defaultLanguage: config.defaultLanguage), config: config,
                       phraseLabels: theme?.phraseLabels(for: config.languages) ?? [:], cache: cache, handbook: handbook,
                       store: store.map { .init(store: $0, sources: loaded.sourceDigests, unread: loaded.unread, loader: loader) }).parse(pages)
        }
        diagnostics += parsed.diagnostics

        var resolved = timings.measure("resolve") { SiteResolver.resolve(parsed.pages, config: config) }
        diagnostics += SourceQuoter(root: options.root).quoting(resolved.brokenLinks, pages: parsed.pages, unread: loaded.unread) + resolved.diagnostics
        // Like drafts, outdated translations are marked where drafts are shown.
        if options.includeDrafts {
            let outdated = Set(translations.outdated.map { PageAddress(key: $0.key, language: $0.language) })
            for index in resolved.site.languages.indices { resolved.site.languages[index].outdatedTranslations = outdated }
        }
        return Checked(site: resolved.site, assets: loaded.assets, diagnostics: Self.sorted(diagnostics), timings: timings,
                       translations: translations, parsed: parsed.pages)
    }

    /// Builds on a thread of its own (`DedicatedThread`), for async callers.
    public func buildOnOwnThread() async -> BuildResult {
        await DedicatedThread.run { build() }
    }

    /// Builds, blocking the caller; from an async context use `buildOnOwnThread()`.
    public func build() -> BuildResult {
        defer { cache?.finishBuild() }
        // The preview (with a cache) rebuilds on every change it sees; the command line checks
        // its stamp first.
        guard cache == nil else { return buildAll(store: nil, siteWideLater: false) }
        let stamp = BuildStamp(options: options)
        var timings = StageTimings()
        var builder = self
        let (inputs, unchanged) = timings.measure("check") { () -> ([String], BuildResult?) in
            let inputs = stamp.inputs(contentIdentities: &builder.listedSources)
            return (inputs, stamp.unchangedResult(inputs: inputs))
        }
        if let unchanged {
            var result = unchanged
            result.timings = timings
            return result
        }
        var result = builder.buildStoring()
        timings.append(result.timings)
        let built = result
        timings.measure("stamp") { stamp.record(built, inputs: inputs) }
        result.timings = timings
        return result
    }

    /// `siteWideLater`: the preview writes the pages and leaves the site-wide files, the search
    /// index's among them, to `result.preview` (`PreviewBuild`).
    func buildAll(store: PageStore?, siteWideLater: Bool = false) -> BuildResult {
        var timings = StageTimings()
        // A build from the cache lists the output once, for what it keeps, the writer and the
        // stamp: from the start, on a core the first stages leave idle at times. A build that
        // converts every page (no cache yet, or one another binary made) does not: it keeps
        // nothing, and the listing's identities would add to its peak.
        let listed = store?.isCurrent == true ? Background { [output = options.output.path] in OutputListing(folder: output) } : nil
        let (theme, themeDiagnostics) = timings.measure("theme") { ThemeLoader.load(root: options.root, cache: cache) }
        let checked = check(theme: theme, makingHandbook: true, store: store)
        timings.append(checked.timings)
        var diagnostics = checked.diagnostics
        var result = BuildResult(diagnostics: diagnostics, pageCount: 0, languageCount: 0, fileCount: 0, didWrite: false, timings: timings)
        guard let site = checked.site else { return result }
        result.pageCount = site.languages.reduce(0) { $0 + $1.pages.count }
        result.languageCount = site.languages.count

        diagnostics += themeDiagnostics
        result.diagnostics = Self.sorted(diagnostics)
        result.timings = timings
        guard !result.hasErrors else { return result }

        // Render and write overlap: each page is rendered as the writer compares and stages it,
        // so "render" covers both and "write" is the commit of what changed into the output.
        var renderer = PageRenderer(theme: theme, root: options.root, cache: cache, outputPath: options.output.path, handbooks: store?.handbooks)
        var listing: OutputListing?
        let keeping = store.map { store in
            timings.measure("keep") { () -> Set<String> in
                listing = listed?.value
                return store.keptFiles(renderer.outlineFiles(of: site), of: site, theme: theme, assets: checked.assets,
                                       output: options.output, listing: listing)
            }
        } ?? []
        let previous = listing.map(PreviousOutput.init)
        renderer.keeping = keeping
        result.filesKept = keeping.count
        // When the build keeps files (the outline is the last build's, so the handbooks are
        // mostly copied from their files: little memory), the handbooks, the largest files, are
        // staged while the search and plan stages, which keep one core busy, run on the other.
        // A build that makes every file renders them whole: it does not overlap them, which would
        // add to its peak.
        let (contexts, books, early) = timings.measure("handbook") { () -> ([LanguageContext], [RenderJob], EarlyStaging?) in
            let contexts = renderer.contexts(of: site)
            let books = renderer.handbookJobs(of: site, contexts: contexts)
            let overlap = preview == nil && !keeping.isEmpty
            return (contexts, books, overlap ? SiteWriter(output: options.output).stageEarly(books.map(renderer.renderedFile), listed: previous) : nil)
        }
        let search = siteWideLater ? [] : timings.measure("search") { renderer.searchFiles(site, store: store) }
        let (files, renderDiagnostics) = timings.measure("plan") {
            renderer.render(site, contexts: contexts, books: books, assets: checked.assets, search: search)
        }
        result.retain(site, files.all)
        result.diagnostics += renderDiagnostics
        guard !result.hasErrors else {
            early?.discard()
            return result
        }
        do {
            let summary: SiteWriter.Summary
            if let preview {
                summary = try timings.measure("pages") { try writePreview(files, to: preview, site: site, parsed: checked.parsed, renderer: renderer, assets: checked.assets,
                                                                          siteWideLater: siteWideLater, result: &result) }
            } else {
                let committed = try write(files.all, early: early, listed: previous, store: store, timings: &timings)
                summary = committed.summary
                listing?.update(after: committed.change)
                result.outputListing = listing
            }
            result.didWrite = true
            result.fileCount = files.all.count
            result.unchangedFileCount = summary.unchanged
        } catch {
            result.diagnostics.append(.error("cannot write \(options.output.path): \(error.localizedDescription)"))
        }
        result.timings = timings
        return result
    }

    /// Stages what changed and commits it into the output (`SiteWriter`), unless a page's parts
    /// were lost from the build cache while staging. Returns the site as committed.
    private func write(_ files: [OutputFile], early: EarlyStaging?, listed: PreviousOutput?, store: PageStore?,
                       timings: inout StageTimings) throws -> StagedSite {
        let staged = try timings.measure("render") { try SiteWriter(output: options.output).stage(files, early: early, listed: listed) }
        do {
            try store?.lostPages.check()
        } catch {
            try? FileManager.default.removeItem(atPath: staged.staging)
            throw error
        }
        _ = try timings.measure("write") { try staged.commit() }
        return staged
    }

    /// Errors and warnings in file order, so a run's output reads top to bottom.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (la?, lb?) where la != lb: return la < lb
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
