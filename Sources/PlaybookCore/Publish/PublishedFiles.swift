import Dispatch
import Foundation

/// The machine-readable files of a site, written beside its pages: per language the search
/// index (`search-index.json`, and `search-index.js` for `file://`, where pages cannot fetch
/// files) and, with a `baseURL`, `feed.xml`; at the root `sitemap.xml` (with a `baseURL`)
/// and `robots.txt`.
enum PublishedFiles {
    static func files(for site: ResolvedSite, theme: Theme, htmlPaths: [String]) -> [OutputFile] {
        let config = site.config
        var files: [OutputFile] = []
        // One language per thread: a large site's indexes take seconds each.
        let perLanguage = Slots<[OutputFile]>(count: site.languages.count)
        DispatchQueue.concurrentPerform(iterations: site.languages.count) { number in
            let language = site.languages[number]
            let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
            let index = SearchIndexBuilder.build(language, config: config, strings: theme.strings(for: language.language))
            let json = SearchIndexJSON.encode(index)
            var own = [OutputFile(path: root + "search-index.json", data: json),
                       OutputFile(path: root + "search-index.js", data: Data("window.PLAYBOOK_SEARCH = ".utf8) + json + Data(";\n".utf8))]
            if let baseURL = config.baseURL {
                own.append(OutputFile(path: root + "feed.xml", data: Data(AtomFeedWriter.feed(language, config: config, baseURL: baseURL).utf8)))
            }
            perLanguage.store(own, at: number)
        }
        files += perLanguage.all.flatMap { $0 }
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

/// Results written from `concurrentPerform`, each iteration to its own slot.
private final class Slots<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    var all: [Value] { values.compactMap { $0 } }
}
