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
            // One index, two files: whichever the writer reaches first builds it.
            let json = Once {
                SearchIndexJSON.text(SearchIndexBuilder.build(language, config: config, strings: theme.strings(for: language.language)))
            }
            files += [OutputFile(path: root + "search-index.json") { .text([json.value]) },
                      OutputFile(path: root + "search-index.js") { .text(["window.PLAYBOOK_SEARCH = ", json.value, ";\n"]) }]
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

/// A value computed the first time it is asked for, by whichever thread asks first; the others
/// wait for it.
final class Once<Value: Sendable>: Sendable {
    private let state: Mutex<Value?>
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        state = Mutex(nil)
    }

    var value: Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
