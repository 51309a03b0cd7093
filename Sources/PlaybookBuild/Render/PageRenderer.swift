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
    /// Paths of pages whose files in the output are kept as they are (`KeptPages`).
    var keeping: Set<String> = []
    var output: URL?
    /// Copies what it can of the last build's handbooks (`HandbookRecord`).
    var handbooks: HandbookRecorder?

    /// The files of every language's search index; `SiteBuilder` times them as a stage of their own.
    func searchFiles(_ site: ResolvedSite) -> [OutputFile] {
        SearchFiles.files(for: site, strings: theme.strings(for:))
    }

    /// `search` are the search index's files (`searchFiles`), which count as site-wide.
    func render(_ site: ResolvedSite, assets: [String], search: [OutputFile]) -> (SiteFiles, [Diagnostic]) {
        let handbook = HandbookBuilder(site: site, theme: theme)
        let contexts = site.languages.map {
            LanguageContext(site: site, language: $0, theme: theme, entryMemo: cache?.entries(of: $0.language))
        }
        let books = contexts.map { handbooks?.job(handbook, for: $0) ?? handbook.job(for: $0) }
        let jobs = contexts.flatMap(self.jobs(for:))
        let templates = (books + jobs).map(\.template) + [HandbookBuilder.articleTemplate, EntryRenderer.template,
                                                          ChromeFragments.navTemplate, ChromeFragments.languagesTemplate,
                                                          ChromeFragments.siblingItemTemplate]
        let missing = Set(templates).sorted().filter { !theme.hasTemplate($0) }.map { name in
            Diagnostic.error("the theme has no template '\(name)' (templates/\(name.replacingOccurrences(of: ".", with: "/")).mustache)")
        }
        guard missing.isEmpty else { return (SiteFiles(siteWide: [], pages: []), missing) }

        var siteWide = search
        siteWide += PublishedFiles.files(for: site, htmlPaths: (books + jobs).map(\.path))
        siteWide += books.map(renderedFile)
        var pages = jobs.map { job in
            guard keeping.contains(job.path), let output else { return renderedFile(job) }
            // A file, said so: otherwise `URL` asks the file system whether it is a folder.
            return OutputFile(path: job.path, copying: output.appendingPathComponent(job.path, isDirectory: false))
        }
        pages += theme.assets.map { OutputFile(path: "theme/\($0.path)", data: $0.data) }
        let content = root.appendingPathComponent("content/assets")
        pages += assets.map { OutputFile(path: "assets/\($0)", copying: content.appendingPathComponent($0)) }
        return (SiteFiles(siteWide: siteWide, pages: pages), [])
    }

    func jobs(for context: LanguageContext) -> [RenderJob] {
        let root = context.root
        var jobs = [RenderJob(path: root + "index.html", template: "layouts.home", view: { context.homeView() }),
                    RenderJob(path: root + "pillars/index.html", template: "layouts.pillars", view: { context.pillarsView() }),
                    RenderJob(path: root + "tags/index.html", template: "layouts.tags", view: { context.tagsView() })]
        jobs += Pillar.allCases.map { pillar in
            RenderJob(path: root + "pillars/\(pillar.slug)/index.html", template: "layouts.pillar", view: { context.pillarView(pillar) })
        }
        jobs += PageKind.allCases.filter { $0 != .pillar }.map { kind in
            RenderJob(path: root + "\(kind.folder)/index.html", template: "layouts.section", view: { context.sectionView(kind) })
        }
        jobs += [RenderJob(path: root + "search/index.html", template: "layouts.search", view: { context.searchView() }),
                 RenderJob(path: root + "404.html", template: "layouts.notfound", view: { context.notFoundView() })]
        jobs += context.language.tags.map { tag in
            RenderJob(path: root + "tags/\(tag.slug)/index.html", template: "layouts.tag", view: { context.tagView(tag) })
        }
        for page in context.language.pages {
            guard let kind = page.source.kind, kind != .pillar else { continue }
            jobs.append(RenderJob(path: page.outputPath, template: layout(for: kind), view: { context.pageView(page) }))
        }
        return jobs
    }

    /// A kind's own layout (`layouts.checklist`) when the theme has one, `layouts.page` otherwise.
    func layout(for kind: PageKind) -> String {
        let own = "layouts.\(kind.rawValue)"
        return theme.hasTemplate(own) ? own : "layouts.page"
    }

    func renderedFile(_ job: RenderJob) -> OutputFile {
        let library = theme.library
        return OutputFile(path: job.path) { job.prepare().render(library) }
    }
}
