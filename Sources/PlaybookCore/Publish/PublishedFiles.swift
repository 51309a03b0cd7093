import Foundation
import Synchronization

/// The machine-readable files of a site, written beside its pages: per language the search
/// index (`search-index.json`, and `search-index.js` for `file://`, where pages cannot fetch
/// files) and, with a `baseURL`, `feed.xml`; at the root `sitemap.xml` (with a `baseURL`)
/// and `robots.txt`. All but the small ones are rendered when the writer gets to them.
enum PublishedFiles {
    static func files(for site: ResolvedSite, theme: Theme, htmlPaths: [String]) -> [OutputFile] {
        let config = site.config
        var files: [OutputFile] = []
        for language in site.languages {
            let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
            // One index, two files: whichever the writer reaches first builds it, and its JSON.
            let index = SharedResult(uses: 2) {
                SearchIndexBuilder.build(language, config: config, strings: theme.strings(for: language.language))
            }
            let json = SharedPieces()
            files += [OutputFile(path: root + "search-index.json") { .stream(SearchIndexJSON.stream(index.take(), shared: json)) },
                      OutputFile(path: root + "search-index.js") {
                          .stream(SearchIndexJSON.stream(index.take(), before: "window.PLAYBOOK_SEARCH = ", after: ";\n", shared: json))
                      }]
            if let baseURL = config.baseURL {
                files.append(OutputFile(path: root + "feed.xml") { .text([AtomFeedWriter.feed(language, config: config, baseURL: baseURL)]) })
            }
        }
        if let baseURL = config.baseURL {
            let pages = htmlPaths.filter { $0.hasSuffix("index.html") && !$0.hasSuffix("search/index.html") }.sorted()
            var dates: [String: PageDate] = [:]
            for language in site.languages {
                for page in language.pages {
                    if let date = page.frontMatter.updated ?? page.frontMatter.date { dates[page.outputPath] = date }
                }
            }
            let sitemap = SitemapWriter.sitemap(pages: pages, lastModified: dates, config: config, baseURL: baseURL)
            files.append(OutputFile(path: "sitemap.xml", data: Data(sitemap.utf8)))
        }
        files.append(OutputFile(path: "robots.txt", data: Data(RobotsWriter.robots(config: config).utf8)))
        return files
    }
}

/// A value made for a known number of uses by whichever use comes first (the others wait for
/// it), and let go after the last, so that it is not held while the rest of the site is
/// written. A use past the last makes it again.
final class SharedResult<Value: Sendable>: Sendable {
    private struct State {
        var value: Value?
        var usesLeft: Int
    }

    private let state: Mutex<State>
    private let uses: Int
    private let make: @Sendable () -> Value

    init(uses: Int, _ make: @escaping @Sendable () -> Value) {
        self.uses = uses
        self.make = make
        state = Mutex(State(value: nil, usesLeft: uses))
    }

    func take() -> Value {
        state.withLock { state in
            let value = state.value ?? make()
            if state.usesLeft == 0 { state.usesLeft = uses }
            state.usesLeft -= 1
            state.value = state.usesLeft > 0 ? value : nil
            return value
        }
    }
}
