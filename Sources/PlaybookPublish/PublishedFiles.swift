import Foundation
import PlaybookModel
import PlaybookSupport

/// The files a site publishes for readers and crawlers besides its pages: per language, with
/// a `baseURL`, `feed.xml` and `phrases.json`; at the root `sitemap.xml` (with a `baseURL`)
/// and `robots.txt`. All but `robots.txt` are made only when the writer gets to them: never,
/// when a build keeps the last build's file.
public enum PublishedFiles {
    /// `htmlPaths` are the site's HTML files, for the sitemap.
    public static func files(for site: ResolvedSite, htmlPaths: [String]) -> [OutputFile] {
        let config = site.config
        var files: [OutputFile] = []
        if let baseURL = config.baseURL {
            for language in site.languages {
                let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
                files.append(OutputFile(path: root + "feed.xml") { .text([AtomFeedWriter.feed(language, config: config, baseURL: baseURL)]) })
            }
            files.append(OutputFile(path: "sitemap.xml") {
                let pages = htmlPaths.filter { $0.hasSuffix("index.html") && !$0.hasSuffix("search/index.html") }.sorted()
                var dates: [String: PageDate] = [:]
                for language in site.languages {
                    for page in language.pages {
                        if let date = page.frontMatter.updated ?? page.frontMatter.date { dates[page.outputPath] = date }
                    }
                }
                return .text([SitemapWriter.sitemap(pages: pages, lastModified: dates, config: config, baseURL: baseURL)])
            })
        }
        files.append(OutputFile(path: "robots.txt", data: Data(RobotsWriter.robots(config: config).utf8)))
        files += site.languages.map { PhraseIndex.file(for: $0, defaultLanguage: config.defaultLanguage) }
        return files
    }
}
