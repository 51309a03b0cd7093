import Foundation

/// Runs the five stages: load → parse → resolve → render → write.
///
/// Load, parse and resolve always run over every file and collect every diagnostic; render
/// and write run only when there are no errors, so a failed build writes nothing.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Load, parse and resolve: everything short of writing (`playbook check`). The theme, when
    /// given, supplies the UI words that Markdown conversion puts into pages (phrase cards).
    public func check(theme: Theme? = nil) -> (site: ResolvedSite?, assets: [String], diagnostics: [Diagnostic], timings: StageTimings) {
        var timings = StageTimings()
        let (loadedConfig, configDiagnostics) = ConfigLoader.load(root: options.root)
        guard var config = loadedConfig else { return (nil, [], configDiagnostics, timings) }
        if let baseURL = options.baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        var diagnostics = configDiagnostics

        let loaded = timings.measure("load") { ContentLoader(root: options.root, config: config).load() }
        diagnostics += loaded.diagnostics
        let pages = loaded.pages.filter { options.includeDrafts || !$0.frontMatter.draft }
        diagnostics += URLMap.duplicates(in: pages)

        let parsed = timings.measure("parse") {
            PageParser(map: URLMap(pages: pages, assets: loaded.assets, defaultLanguage: config.defaultLanguage), config: config,
                       phraseLabels: theme?.phraseLabels(for: config.languages) ?? [:]).parse(pages)
        }
        diagnostics += parsed.diagnostics

        let (site, resolveDiagnostics) = timings.measure("resolve") { SiteResolver.resolve(parsed.pages, config: config) }
        diagnostics += resolveDiagnostics
        return (site, loaded.assets, Self.sorted(diagnostics), timings)
    }

    public func build() -> BuildResult {
        let (theme, themeDiagnostics) = Theme.load(root: options.root)
        var (site, assets, diagnostics, timings) = check(theme: theme)
        var result = BuildResult(diagnostics: diagnostics, pageCount: 0, languageCount: 0, fileCount: 0, didWrite: false, timings: timings)
        guard let site else { return result }
        result.pageCount = site.languages.reduce(0) { $0 + $1.pages.count }
        result.languageCount = site.languages.count

        diagnostics += themeDiagnostics
        result.diagnostics = Self.sorted(diagnostics)
        result.timings = timings
        guard !result.hasErrors else { return result }

        // Render and write overlap: each page is rendered as the writer stages it, so "render"
        // covers both and "write" is the swap of the staged site into place.
        let (files, renderDiagnostics) = PageRenderer(theme: theme, root: options.root).render(site, assets: assets)
        result.diagnostics += renderDiagnostics
        guard !result.hasErrors else { return result }
        do {
            let staged = try timings.measure("render") { try SiteWriter(output: options.output).stage(files) }
            let summary = try timings.measure("write") { try staged.commit() }
            result.didWrite = true
            result.fileCount = files.count
            result.unchangedFileCount = summary.unchanged
        } catch {
            result.diagnostics.append(.error("cannot write \(options.output.path): \(error.localizedDescription)"))
        }
        result.timings = timings
        return result
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
