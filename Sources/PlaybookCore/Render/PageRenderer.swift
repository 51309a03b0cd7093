import Foundation
import Mustache

/// Stage 4: plans every page, index and theme asset of every language as an `OutputFile`.
///
/// Pages are *rendered* files: each one's view is built and rendered with Mustache only when
/// the writer gets to it, on every core, so a 10,000-page site is never in memory all at once.
/// The largest files (the search indexes, the handbooks) come first, so that no core is left
/// with one of them at the end.
public struct PageRenderer: Sendable {
    public let theme: Theme
    public let root: URL
    /// Pages rendered by the last build, reused where the view and the theme are the same.
    let cache: BuildCache?

    public init(theme: Theme, root: URL, cache: BuildCache? = nil) {
        self.theme = theme
        self.root = root
        self.cache = cache
    }

    struct Job: Sendable {
        init(path: String, template: String, view: @escaping @Sendable () -> any Sendable & Equatable,
             render: (@Sendable (MustacheLibrary, any Sendable) -> FileBytes)? = nil) {
            self.path = path
            self.template = template
            self.view = view
            self.render = render
        }

        var path: String
        var template: String
        /// Builds the view, when the job is rendered.
        var view: @Sendable () -> any Sendable & Equatable
        /// Renders the view; by default with `template`, into one piece.
        var render: (@Sendable (MustacheLibrary, any Sendable) -> FileBytes)?
    }

    public func render(_ site: ResolvedSite, assets: [String]) -> ([OutputFile], [Diagnostic]) {
        var jobs: [Job] = []
        let handbook = HandbookBuilder(site: site, theme: theme, cache: cache)
        let contexts = site.languages.map { LanguageContext(site: site, language: $0, theme: theme, cache: cache) }
        jobs += contexts.map(handbook.job(for:))
        for context in contexts { jobs += self.jobs(for: context) }
        var diagnostics: [Diagnostic] = []
        for name in Set(jobs.map(\.template) + [HandbookBuilder.articleTemplate, EntryRenderer.template, ChromeFragments.navTemplate, ChromeFragments.languagesTemplate]).sorted() where !theme.hasTemplate(name) {
            diagnostics.append(.error("the theme has no template '\(name)' (templates/\(name.replacingOccurrences(of: ".", with: "/")).mustache)"))
        }
        guard diagnostics.isEmpty else { return ([], diagnostics) }
        cache?.renderedFiles.begin(context: theme.files)

        // Each search index is written twice, as JSON and as script, one right after the other,
        // so that the index is let go before the pages are written.
        var files = PublishedFiles.files(for: site, theme: theme, htmlPaths: jobs.map(\.path))
        files += site.languages.map { PhraseIndex.file(for: $0, defaultLanguage: site.config.defaultLanguage) }
        files += jobs.map(renderedFile)
        files += theme.assets.map { OutputFile(path: "theme/\($0.path)", data: $0.data) }
        let content = root.appendingPathComponent("content/assets")
        files += assets.map { OutputFile(path: "assets/\($0)", copying: content.appendingPathComponent($0)) }
        return (files, [])
    }

    func jobs(for context: LanguageContext) -> [Job] {
        let root = context.root
        var jobs = [Job(path: root + "index.html", template: "layouts.home", view: { context.homeView() }),
                    Job(path: root + "pillars/index.html", template: "layouts.pillars", view: { context.pillarsView() }),
                    Job(path: root + "tags/index.html", template: "layouts.tags", view: { context.tagsView() })]
        jobs += Pillar.allCases.map { pillar in
            Job(path: root + "pillars/\(pillar.slug)/index.html", template: "layouts.pillar", view: { context.pillarView(pillar) })
        }
        jobs += PageKind.allCases.filter { $0 != .pillar }.map { kind in
            Job(path: root + "\(kind.folder)/index.html", template: "layouts.section", view: { context.sectionView(kind) })
        }
        jobs += [Job(path: root + "search/index.html", template: "layouts.search", view: { context.searchView() }),
                 Job(path: root + "404.html", template: "layouts.notfound", view: { context.notFoundView() })]
        jobs += context.language.tags.map { tag in
            Job(path: root + "tags/\(tag.slug)/index.html", template: "layouts.tag", view: { context.tagView(tag) })
        }
        for page in context.language.pages {
            guard let kind = page.source.kind, kind != .pillar else { continue }
            jobs.append(Job(path: page.outputPath, template: layout(for: kind), view: { context.pageView(page) }))
        }
        return jobs
    }

    /// A kind's own layout (`layouts.checklist`) when the theme has one, `layouts.page` otherwise.
    func layout(for kind: PageKind) -> String {
        let own = "layouts.\(kind.rawValue)"
        return theme.hasTemplate(own) ? own : "layouts.page"
    }

    private func renderedFile(_ job: Job) -> OutputFile {
        let library = theme.library
        let memo = cache?.renderedFiles
        return OutputFile(path: job.path) {
            let view = job.view()
            if let known = memo?.cached(job.path), known.matches(template: job.template, view: view) { return known.bytes }
            let bytes = job.render?(library, view)
                ?? .text([library.render(MustacheTree.flatten(view) ?? view, withTemplate: job.template) ?? ""])
            memo?.remember(RenderedFile(template: job.template, view: view, bytes: bytes), for: job.path)
            return bytes
        }
    }
}
