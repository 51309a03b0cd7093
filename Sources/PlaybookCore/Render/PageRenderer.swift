import Foundation
import Mustache

/// Stage 4: renders every page, index and theme asset of every language into `OutputFile`s.
///
/// Views are built first (one thread), then rendered with Mustache on every core; the
/// result is sorted by path so the output does not depend on scheduling.
public struct PageRenderer: Sendable {
    public let theme: Theme
    public let root: URL

    public init(theme: Theme, root: URL) {
        self.theme = theme
        self.root = root
    }

    struct Job: Sendable {
        var path: String
        var template: String
        var view: any Sendable
    }

    public func render(_ site: ResolvedSite, assets: [String]) -> ([OutputFile], [Diagnostic]) {
        var jobs: [Job] = []
        let handbook = HandbookBuilder(site: site, assets: assets)
        for language in site.languages {
            let context = LanguageContext(site: site, language: language, theme: theme)
            jobs += self.jobs(for: context) + [handbook.job(for: context)]
        }
        var diagnostics: [Diagnostic] = []
        for name in Set(jobs.map(\.template)).sorted() where !theme.hasTemplate(name) {
            diagnostics.append(.error("the theme has no template '\(name)' (templates/\(name.replacingOccurrences(of: ".", with: "/")).mustache)"))
        }
        guard diagnostics.isEmpty else { return ([], diagnostics) }

        var files = renderInParallel(jobs)
        files += site.languages.map { PhraseIndex.file(for: $0, defaultLanguage: site.config.defaultLanguage) }
        files += PublishedFiles.files(for: site, theme: theme, htmlPaths: jobs.map(\.path))
        files += theme.assets.map { OutputFile(path: "theme/\($0.path)", data: $0.data) }
        let content = root.appendingPathComponent("content/assets")
        files += assets.map { OutputFile(path: "assets/\($0)", copying: content.appendingPathComponent($0)) }
        return (files.sorted { $0.path < $1.path }, [])
    }

    func jobs(for context: LanguageContext) -> [Job] {
        let root = context.root
        var jobs = [Job(path: root + "index.html", template: "layouts.home", view: context.homeView()),
                    Job(path: root + "pillars/index.html", template: "layouts.pillars", view: context.pillarsView()),
                    Job(path: root + "tags/index.html", template: "layouts.tags", view: context.tagsView())]
        jobs += Pillar.allCases.map { Job(path: root + "pillars/\($0.slug)/index.html", template: "layouts.pillar", view: context.pillarView($0)) }
        jobs += PageKind.allCases.filter { $0 != .pillar }.map {
            Job(path: root + "\($0.folder)/index.html", template: "layouts.section", view: context.sectionView($0))
        }
        jobs += [Job(path: root + "search/index.html", template: "layouts.search", view: context.searchView()),
                 Job(path: root + "404.html", template: "layouts.notfound", view: context.notFoundView())]
        jobs += context.language.tags.map { Job(path: root + "tags/\($0.slug)/index.html", template: "layouts.tag", view: context.tagView($0)) }
        for page in context.language.pages {
            guard let kind = page.source.kind, kind != .pillar else { continue }
            jobs.append(Job(path: page.outputPath, template: layout(for: kind), view: context.pageView(page)))
        }
        return jobs
    }

    /// A kind's own layout (`layouts.checklist`) when the theme has one, `layouts.page` otherwise.
    func layout(for kind: PageKind) -> String {
        let own = "layouts.\(kind.rawValue)"
        return theme.hasTemplate(own) ? own : "layouts.page"
    }

    private func renderInParallel(_ jobs: [Job]) -> [OutputFile] {
        let library = theme.library
        return jobs.concurrentMap { job in
            let html = library.render(MustacheTree.flatten(job.view) ?? job.view, withTemplate: job.template) ?? ""
            return OutputFile(path: job.path, data: Data(html.utf8))
        }
    }
}
