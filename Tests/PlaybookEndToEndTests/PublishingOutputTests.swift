import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// Builds small bilingual sites and reads what publishing adds: search index files, feeds,
/// sitemap, robots.txt, 404 pages and meta tags.
@Suite struct PublishingOutputTests {
    static let files: [String: String] = [
        "playbook.yml": "title: Test Playbook\ndescription: A test.\nlanguages: [en, zh]\nnoindex: true\n",
        "content/articles/listen.md": "---\ntitle: Listen first\nsummary: Hearing the whole story.\ndate: 2026-03-02\n---\n## Recall\nText.\n",
        "content/articles/listen.zh.md": "---\ntitle: 先倾听\nsummary: 听完整个故事。\ndate: 2026-03-02\n---\n## 复述\n共情能力。\n",
    ]

    func build(_ files: [String: String] = files, baseURL: String? = nil) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-publishing-e2e-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let result = SiteBuilder(options: BuildOptions(root: root, baseURL: baseURL)).build()
        #expect(result.didWrite, "\(result.diagnostics.map(\.message))")
        return root
    }

    func text(_ root: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent("site/" + path).path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Each language's index is a folder of scripts beside its search page, which every page's
    /// `theme/search.js` finds by the header's search form; there is no other copy.
    @Test func everyLanguageGetsASearchPageAndAShardedIndexThatAlsoLoadsFromDisk() throws {
        let root = try build()
        defer { try? FileManager.default.removeItem(at: root) }
        for prefix in ["", "zh/"] {
            let manifest = try #require(text(root, prefix + "search/manifest.js"))
            #expect(manifest.hasPrefix("window.PlaybookSearch.add(\"manifest\",{"))
            #expect(text(root, prefix + "search/t0.js")?.hasPrefix("window.PlaybookSearch.add(\"t0\",{") == true)
            #expect(text(root, prefix + "search/d0.js")?.hasPrefix("window.PlaybookSearch.add(\"d0\",[[") == true)
            #expect(text(root, prefix + "search-index.json") == nil && text(root, prefix + "search-index.js") == nil)
            let page = try #require(text(root, prefix + "search/index.html"))
            #expect(page.contains("role=\"status\""))
        }
        // As many shards as the manifest lists, by their first terms.
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("site/zh/search").path)
        let manifest = try #require(text(root, "zh/search/manifest.js"))
        let firsts = try #require(manifest.firstRange(of: "\"shards\":[").map { manifest[$0.upperBound...].prefix { $0 != "]" } })
        #expect(files.filter { $0.hasPrefix("t") }.count == firsts.split(separator: ",").count)
        #expect(manifest.contains("\"fallback\":{\"folder\":\"../../search/\""), "the Chinese search reads the English index too")
        #expect(text(root, "search/manifest.js")?.contains("fallback") == false)
        let article = try #require(text(root, "zh/articles/listen/index.html"))
        #expect(article.contains("action=\"../../../zh/search/index.html\" method=\"get\""))
        #expect(article.contains("<script src=\"../../../theme/search.js\" defer></script>"))
    }

    /// Without `noindex`, so that robots.txt allows everything: what is missing is the base URL's.
    @Test func withoutABaseURLThereIsNoFeedOrSitemap() throws {
        var files = Self.files
        files["playbook.yml"] = "title: Test Playbook\nlanguages: [en, zh]\n"
        let root = try build(files)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(text(root, "feed.xml") == nil)
        #expect(text(root, "zh/feed.xml") == nil)
        #expect(text(root, "sitemap.xml") == nil)
        #expect(text(root, "robots.txt") == "User-agent: *\nDisallow:\n", "allowed, and no sitemap to name")
        let page = try #require(text(root, "articles/listen/index.html"))
        #expect(!page.contains("og:url"))
        #expect(!page.contains("application/atom+xml"))
        #expect(!page.contains("<meta name=\"robots\""))
    }

    /// `noindex: true` shuts crawlers out whether or not there is a base URL: robots.txt
    /// disallows everything and names no sitemap, and every page says noindex.
    @Test(arguments: [nil, "https://intranet.example.com/playbook/"])
    func noindexDisallowsEverythingWithOrWithoutABaseURL(baseURL: String?) throws {
        let root = try build(baseURL: baseURL)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(text(root, "robots.txt") == "User-agent: *\nDisallow: /\n")
        for path in ["index.html", "articles/listen/index.html", "zh/articles/listen/index.html", "search/index.html", "404.html"] {
            #expect(text(root, path)?.contains("<meta name=\"robots\" content=\"noindex\">") == true, "\(path)")
        }
        #expect((text(root, "sitemap.xml") != nil) == (baseURL != nil), "the sitemap follows the base URL, not noindex")
    }

    @Test func aBaseURLGivesFeedsSitemapWithAlternatesAndOpenGraphURLs() throws {
        var files = Self.files
        files["playbook.yml"] = "title: Test Playbook\nlanguages: [en, zh]\n"
        let root = try build(files, baseURL: "https://intranet.example.com/playbook")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(text(root, "feed.xml")?.contains("<id>https://intranet.example.com/playbook/articles/listen/</id>") == true)
        #expect(text(root, "zh/feed.xml")?.contains("<title>先倾听</title>") == true)
        let sitemap = try #require(text(root, "sitemap.xml"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"zh\" href=\"https://intranet.example.com/playbook/zh/articles/listen/\"/>"))
        #expect(!sitemap.contains("search/"))
        #expect(text(root, "robots.txt") == "User-agent: *\nDisallow:\nSitemap: https://intranet.example.com/playbook/sitemap.xml\n")
        let page = try #require(text(root, "articles/listen/index.html"))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://intranet.example.com/playbook/articles/listen/\">"))
        #expect(page.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(page.contains("<meta property=\"og:description\" content=\"Hearing the whole story.\">"))
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
    }

    @Test func every404PageKnowsItsLanguageRoot() throws {
        let root = try build()
        defer { try? FileManager.default.removeItem(at: root) }
        let english = try #require(text(root, "404.html"))
        let chinese = try #require(text(root, "zh/404.html"))
        #expect(english.contains("data-root=\"\""))
        #expect(chinese.contains("data-root=\"zh/\""))
        #expect(chinese.contains("<a class=\"not-found-home\" href=\"../zh/index.html\">"))
        #expect(english.contains("href=\"theme/style.css\""))
    }
}
