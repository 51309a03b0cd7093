import Foundation
import PlaybookHandbook
import PlaybookMarkdown
import PlaybookModel
import PlaybookSupport
import PlaybookTheme

/// The preview's build, reload first: each step writes the pages an edit changed and returns,
/// so the browser can reload, and leaves the site-wide files (the handbooks, the search
/// indexes, the feeds, `phrases.json`) to a step after it (`finish`), which a newer save may
/// stop (`StopFlag`).
///
/// - A full build (`SiteBuilder.buildPages()`) writes every page whose bytes changed.
/// - A save that changed only the bodies of pages (`quick`) writes only those pages' files,
///   rendered against the last full build's site (`PreviewBase`): with the same front matter,
///   task counts, phrase cards and anchors others link to, no other page's HTML can differ.
///   What the full build would also have found is then worked out by `refresh`, which makes
///   the site-wide files from the last site with the edited pages put in.
public enum PreviewBuild {
    /// Writes the site-wide files a step left; stopped early, the files not reached keep their
    /// previous complete bytes. Ends the build's use of the cache.
    public static func finish(_ step: PreviewStep, output: PreviewOutput, cache: BuildCache?, stop: StopFlag) -> StageTimings {
        var timings = StageTimings()
        defer { cache?.finishBuild() }
        guard !stop.isRaised else { return timings }
        // The search index is written and let go before the handbooks are streamed, so its
        // bytes are never in memory beside a handbook's.
        let searchPaths = timings.measure("search") { writeSearch(of: step, to: output, stop: stop) }
        _ = try? timings.measure("site-wide") { try output.write(step.siteWide, siteWide: true, stop: stop) }
        if !stop.isRaised { output.keepOnly(searchPaths.union(step.siteWide.map(\.path)), siteWide: true) }
        return timings
    }

    /// Makes and writes the search index's files; returns their paths.
    private static func writeSearch(of step: PreviewStep, to output: PreviewOutput, stop: StopFlag) -> Set<String> {
        let files = step.renderer.searchFiles(step.site, store: nil)
        _ = try? output.write(files, siteWide: true, stop: stop)
        return Set(files.map(\.path))
    }

    /// The site a step leaves, for rendering the next edits against.
    public static func base(of step: PreviewStep) -> PreviewBase {
        PreviewBase(step)
    }

    /// Ends the cache's use by a build whose site-wide step will not run (it failed, or a newer
    /// build replaces it).
    public static func abandon(cache: BuildCache) {
        cache.finishBuild()
    }

    /// Writes the files of the pages at `paths` (relative to the root, `content/…`), when only
    /// their bodies changed since `base`; nil (nothing written) otherwise.
    public static func quick(_ paths: [String], base: PreviewBase, output: PreviewOutput) -> QuickEdit? {
        var timings = StageTimings()
        let renderer = PageRenderer(theme: base.theme, root: base.root, cache: nil)
        var files: [OutputFile] = []
        let edited = timings.measure("parse") { paths.map { base.reparse($0, handbook: nil) } }
        for page in edited {
            guard let page, let kind = page.source.kind, let context = base.contexts[page.source.language] else { return nil }
            let job = RenderJob(path: page.outputPath, template: renderer.layout(for: kind), view: { context.pageView(page) })
            files.append(renderer.renderedFile(job))
        }
        guard (try? timings.measure("pages", { try output.write(files) })) != nil else { return nil }
        return QuickEdit(pageCount: files.count, timings: timings)
    }

    /// The site-wide files after `quick` edits of the pages at `paths`, and the base they
    /// leave; nil when the pages no longer qualify (a full build must run instead).
    public static func refresh(_ paths: Set<String>, base: PreviewBase) -> PreviewStep? {
        guard let spill = try? SpillFile() else { return nil }
        let handbook = HandbookCopies(ids: base.handbookIds, spill: spill)
        var replaced: [String: ParsedPage] = [:]
        for path in paths {
            guard let page = base.reparse(path, handbook: handbook) else { return nil }
            replaced[path] = page
        }
        let pages = base.parsed.map { replaced[$0.source.sourcePath] ?? $0 }
        var resolved = SiteResolver.resolve(pages, config: base.site.config)
        guard resolved.brokenLinks.isEmpty, !resolved.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        for (index, language) in base.site.languages.enumerated() where index < resolved.site.languages.count {
            resolved.site.languages[index].outdatedTranslations = language.outdatedTranslations
        }
        let renderer = PageRenderer(theme: base.theme, root: base.root, cache: nil)
        let (files, diagnostics) = renderer.render(resolved.site, assets: base.assets, search: [])
        guard diagnostics.isEmpty else { return nil }
        return PreviewStep(root: base.root, site: resolved.site, parsed: pages, theme: base.theme, assets: base.assets, renderer: renderer,
                           siteWide: files.siteWide)
    }
}

/// What a preview build leaves for the step after it: the site-wide files still to write
/// (the search index's are made then), and the site later edits are rendered against
/// (`PreviewBase`, made off the reload path).
public struct PreviewStep: Sendable {
    let root: URL
    let site: ResolvedSite
    let parsed: [ParsedPage]
    let theme: Theme
    let assets: [String]
    let renderer: PageRenderer
    /// All but the search index's.
    let siteWide: [OutputFile]
}

/// What `PreviewBuild.quick` did.
public struct QuickEdit: Sendable {
    public var pageCount: Int
    public var timings: StageTimings
}

/// The site of the last full preview build, with what rendering one of its pages again needs.
public final class PreviewBase: Sendable {
    let root: URL
    let site: ResolvedSite
    /// Every parsed page, in the order the build parsed them (the order resolve needs).
    let parsed: [ParsedPage]
    let theme: Theme
    let assets: [String]
    let map: URLMap
    let phraseLabels: [String: PhraseCardLabels]
    let handbookIds: [String: [PageAddress: String]]
    /// Pages by source path (`content/articles/listen.md`).
    let pages: [String: ParsedPage]
    let contexts: [String: LanguageContext]
    /// Each page's anchors (headings and phrase cards).
    let anchors: [PageAddress: Set<String>]
    /// Pages that some page links to with an `#anchor`.
    let linkedAnchors: Set<PageAddress>
    /// Keys of default-language pages whose translations record the version they were made
    /// from (`translationOf:`): a change of their body changes the translation's page.
    let trackedSources: Set<String>

    /// The base of the step's site: what it built, indexed for rendering one page again.
    init(_ step: PreviewStep) {
        let (site, parsed, theme, assets) = (step.site, step.parsed, step.theme, step.assets)
        let config = site.config
        root = step.root
        self.site = site
        self.parsed = parsed
        self.theme = theme
        self.assets = assets
        let sources = parsed.map(\.source)
        map = URLMap(pages: sources, assets: assets, defaultLanguage: config.defaultLanguage)
        phraseLabels = theme.phraseLabels(for: config.languages)
        handbookIds = HandbookContents.pageIds(of: sources, config: config)
        pages = Dictionary(parsed.map { ($0.source.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        contexts = Dictionary(uniqueKeysWithValues: site.languages.map { ($0.language, LanguageContext(site: site, language: $0, theme: theme)) })
        anchors = Dictionary(parsed.map { ($0.address, Self.anchors(of: $0)) }, uniquingKeysWith: { first, _ in first })
        linkedAnchors = Set(parsed.flatMap { $0.links.map(\.target) })
        trackedSources = Set(parsed.filter { $0.source.language != config.defaultLanguage && $0.frontMatter.translationOf != nil }.map(\.source.key))
    }

    static func anchors(of page: ParsedPage) -> Set<String> {
        Set(page.headings.map(\.id) + page.phrases.map(\.id))
    }

    /// The page at `path` parsed again from its file, when only its body changed in a way that
    /// changes no other page; nil otherwise.
    func reparse(_ path: String, handbook: HandbookCopies?) -> ParsedPage? {
        guard let old = pages[path], let kind = old.source.kind, kind != .pillar else { return nil }
        let config = site.config
        let source = old.source
        let loader = ContentLoader(root: root, config: config)
        let (page, loadDiagnostics, _) = loader.loadPage(at: root.appendingPathComponent(path).path, sourcePath: path, kind: source.kind,
                                                      key: source.key, language: source.language)
        guard loadDiagnostics.isEmpty, page.frontMatter == source.frontMatter, page.bodyStartLine == source.bodyStartLine,
              source.language != config.defaultLanguage || !trackedSources.contains(source.key)
        else { return nil }
        let parser = PageParser(map: map, config: config, phraseLabels: phraseLabels, handbook: handbook)
        let (parsed, diagnostics) = parser.parse(page)
        guard diagnostics.isEmpty, parsed.folder == old.folder, parsed.tasks == old.tasks, parsed.phrases == old.phrases else { return nil }
        let ids = Self.anchors(of: parsed)
        if linkedAnchors.contains(old.address), ids != anchors[old.address] { return nil }
        for link in parsed.links {
            let target = link.target == old.address ? ids : anchors[link.target]
            guard target?.contains(link.fragment) ?? true || link.fragment.hasPrefix("fn-") || link.fragment.hasPrefix("fnref-") else { return nil }
        }
        return parsed
    }
}

extension SiteBuilder {
    /// The preview's full build: writes every page whose bytes changed and returns, leaving
    /// the site-wide files to `PreviewBuild.finish` (with `result.preview`). Needs `preview`.
    public func buildPages() -> BuildResult {
        buildAll(store: nil, siteWideLater: true)
    }

    /// Writes the pages in place; the site-wide files too unless `siteWideLater`.
    func writePreview(_ files: SiteFiles, to output: PreviewOutput, site: ResolvedSite, parsed: [ParsedPage], renderer: PageRenderer,
                      assets: [String], siteWideLater: Bool, result: inout BuildResult) throws -> SiteWriter.Summary {
        var summary = try output.write(files.pages)
        output.keepOnly(Set(files.pages.map(\.path)), siteWide: false)
        if !siteWideLater {
            let siteWide = try output.write(files.siteWide, siteWide: true)
            output.keepOnly(Set(files.siteWide.map(\.path)), siteWide: true)
            summary = SiteWriter.Summary(written: summary.written + siteWide.written, unchanged: summary.unchanged + siteWide.unchanged)
        }
        result.preview = PreviewStep(root: options.root, site: site, parsed: parsed, theme: renderer.theme, assets: assets, renderer: renderer,
                                     siteWide: siteWideLater ? files.siteWide : [])
        return summary
    }
}
