import Foundation
import Mustache
import PlaybookHandbook
import PlaybookModel
import PlaybookPublish
import PlaybookSearch
import PlaybookSupport
import PlaybookTheme

/// Stage 4: plans every page, index and theme asset of every language as an `OutputFile`.
///
/// Pages are *rendered* files: each one's view is built and rendered with Mustache only when
/// the writer gets to it, on every core, so a large site is never in memory all at once.
/// The largest files (the handbooks) come first, so that no core is left with one of them at
/// the end.
struct PageRenderer: Sendable {
    let theme: Theme
    let root: URL
    /// List entries rendered by the last build, reused where they are the same (the preview's).
    let cache: BuildCache?
    /// Paths of the files in the output that are kept as they are (`KeptPages`), among
    /// `outlineFiles(of:)`.
    var keeping: Set<String> = []
    /// The output folder's path, where the kept files are.
    var outputPath: String?
    /// Copies what it can of the last build's handbooks (`HandbookRecord`).
    var handbooks: HandbookRecorder?

    /// The files of every language's search index, its terms patched from the last build's
    /// where `store` has them; `SiteBuilder` times them as a stage of their own.
    func searchFiles(_ site: ResolvedSite, store: PageStore?) -> [OutputFile] {
        SearchFiles.files(for: site, strings: theme.strings(for:), memory: store.map(CachedSearchMemory.init), kept: kept)
    }

    /// `search` are the search index's files (`searchFiles`), which count as site-wide.
    func render(_ site: ResolvedSite, assets: [String], search: [OutputFile]) -> (SiteFiles, [Diagnostic]) {
        let contexts = contexts(of: site)
        return render(site, contexts: contexts, books: handbookJobs(of: site, contexts: contexts), assets: assets, search: search)
    }

    /// Each language's context, which its views are made in.
    func contexts(of site: ResolvedSite) -> [LanguageContext] {
        site.languages.map { LanguageContext(site: site, language: $0, theme: theme, entryMemo: cache?.entries(of: $0.language)) }
    }

    /// Each language's handbook, copying what it can of the last build's (`handbooks`).
    func handbookJobs(of site: ResolvedSite, contexts: [LanguageContext]) -> [RenderJob] {
        let handbook = HandbookBuilder(site: site, theme: theme)
        return contexts.map { handbooks?.job(handbook, for: $0) ?? handbook.job(for: $0) }
    }

    /// `render`, with the languages' contexts and handbooks made already (`books`, which a
    /// build may have begun to stage: `SiteBuilder`).
    func render(_ site: ResolvedSite, contexts: [LanguageContext], books: [RenderJob], assets: [String],
                search: [OutputFile]) -> (SiteFiles, [Diagnostic]) {
        let jobs = contexts.flatMap(self.jobs(for:))
        let templates = (books + jobs).map(\.template) + [HandbookBuilder.articleTemplate, EntryRenderer.template,
                                                          ChromeFragments.navTemplate, ChromeFragments.languagesTemplate,
                                                          ChromeFragments.siblingItemTemplate]
        let missing = Set(templates).sorted().filter { !theme.hasTemplate($0) }.map { name in
            Diagnostic.error("the theme has no template '\(name)' (templates/\(name.replacingOccurrences(of: ".", with: "/")).mustache)")
        }
        guard missing.isEmpty else { return (SiteFiles(siteWide: [], pages: []), missing) }

        var siteWide = search
        siteWide += PublishedFiles.files(for: site, htmlPaths: (books + jobs).map(\.path)).map { kept($0.path) ?? $0 }
        siteWide += books.map(renderedFile)
        var pages = jobs.map { kept($0.path) ?? renderedFile($0) }
        pages += theme.assets.map { kept("theme/\($0.path)") ?? OutputFile(path: "theme/\($0.path)", data: $0.data) }
        let content = root.appendingPathComponent("content/assets")
        pages += assets.map { OutputFile(path: "assets/\($0)", copying: content.appendingPathComponent($0)) }
        return (SiteFiles(siteWide: siteWide, pages: pages), [])
    }

    /// What a language's rendered file shows, before its view is made (`jobs(for:)`).
    enum View {
        case home, pillars, tags, search, notFound
        case pillar(Pillar)
        case section(PageKind)
        case tag(TagIndex)
        case page(ParsedPage)

        /// The page whose HTML the view shows, as the views in PlaybookTheme take it: a content
        /// page's own; the home page's and a pillar introduction's only when written in the
        /// language (a fallback is named, not shown). Every other part of every view is made
        /// from the site's outline (`KeptPages`).
        func shownPage(in language: LanguageSite, root: String) -> ParsedPage? {
            switch self {
            case .page(let page): page
            case .home: language.home.flatMap { $0.folder == root ? $0 : nil }
            case .pillar(let pillar): language.pillarIntroductions[pillar].flatMap { $0.isFallback ? nil : $0.page }
            case .pillars, .tags, .search, .notFound, .section, .tag: nil
            }
        }
    }

    /// Every file rendered from a view for `language`, whose files are under `root`.
    static func views(of language: LanguageSite, root: String) -> [(path: String, view: View)] {
        var views: [(path: String, view: View)] = [(root + "index.html", .home), (root + "pillars/index.html", .pillars),
                                                   (root + "tags/index.html", .tags)]
        views += Pillar.allCases.map { (root + "pillars/\($0.slug)/index.html", .pillar($0)) }
        views += PageKind.allCases.filter { $0 != .pillar }.map { (root + "\($0.folder)/index.html", .section($0)) }
        views += [(root + "search/index.html", .search), (root + "404.html", .notFound)]
        views += language.tags.map { (root + "tags/\($0.slug)/index.html", .tag($0)) }
        for page in language.pages {
            guard let kind = page.source.kind, kind != .pillar else { continue }
            views.append((page.outputPath, .page(page)))
        }
        return views
    }

    func jobs(for context: LanguageContext) -> [RenderJob] {
        Self.views(of: context.language, root: context.root).map { path, view in
            switch view {
            case .home: RenderJob(path: path, template: "layouts.home", view: { context.homeView() })
            case .pillars: RenderJob(path: path, template: "layouts.pillars", view: { context.pillarsView() })
            case .tags: RenderJob(path: path, template: "layouts.tags", view: { context.tagsView() })
            case .pillar(let pillar): RenderJob(path: path, template: "layouts.pillar", view: { context.pillarView(pillar) })
            case .section(let kind): RenderJob(path: path, template: "layouts.section", view: { context.sectionView(kind) })
            case .search: RenderJob(path: path, template: "layouts.search", view: { context.searchView() })
            case .notFound: RenderJob(path: path, template: "layouts.notfound", view: { context.notFoundView() })
            case .tag(let tag): RenderJob(path: path, template: "layouts.tag", view: { context.tagView(tag) })
            case .page(let page):
                RenderJob(path: path, template: layout(for: page.source.kind ?? .article), view: { context.pageView(page) })
            }
        }
    }

    /// Every file whose bytes are made from the site's outline alone (`KeptPages`), or from it
    /// and the pages it shows (`showing`): each language's views (one page's HTML at most), the
    /// search index's chunks of documents (their pages' search sections), the published files
    /// (feeds, sitemap, robots.txt, `phrases.json`: front matter and phrases) and the theme's
    /// assets. The build cache keeps these as the last build left them. Not listed, because they
    /// are made from more: the search index's terms and manifest (every page's search text), the
    /// handbooks (handbook copies) and the content's assets (their bytes).
    func outlineFiles(of site: ResolvedSite) -> [(path: String, showing: [ParsedPage])] {
        var files = site.languages.flatMap { language in
            let root = SitePath.languageRoot(language.language, defaultLanguage: site.config.defaultLanguage)
            return Self.views(of: language, root: root).map { file in
                (path: file.path, showing: file.view.shownPage(in: language, root: root).map { [$0] } ?? [])
            }
        }
        files += SearchFiles.chunkFiles(of: site).map { (path: $0.path, showing: $0.pages) }
        // Only their paths are wanted here: their bytes are made when the writer gets to them.
        files += PublishedFiles.files(for: site, htmlPaths: []).map { (path: $0.path, showing: []) }
        files += theme.assets.map { (path: "theme/\($0.path)", showing: []) }
        return files
    }

    /// A kind's own layout (`layouts.checklist`) when the theme has one, `layouts.page` otherwise.
    func layout(for kind: PageKind) -> String {
        let own = "layouts.\(kind.rawValue)"
        return theme.hasTemplate(own) ? own : "layouts.page"
    }

    /// The output's own file at `path`, when it is kept: never made, never read (`SiteWriter`).
    func kept(_ path: String) -> OutputFile? {
        guard keeping.contains(path), let outputPath else { return nil }
        return OutputFile(path: path, keeping: outputPath + "/" + path)
    }

    func renderedFile(_ job: RenderJob) -> OutputFile {
        let library = theme.library
        return OutputFile(path: job.path) { job.prepare().render(library) }
    }
}
