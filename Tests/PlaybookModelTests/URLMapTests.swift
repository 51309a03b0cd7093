import Testing
@testable import PlaybookModel

/// Every page's folder is known before any Markdown is parsed.
struct URLMapTests {
    static func page(_ path: String, key: String, language: String = "en") -> SourcePage {
        SourcePage(sourcePath: path, kind: .article, key: key, language: language, frontMatter: FrontMatter(title: key), body: "", bodyStartLine: 1)
    }

    @Test func aLinkLandsOnItsLanguagesVersionOrTheDefaultLanguages() {
        let map = URLMap(pages: [Self.page("content/articles/a.md", key: "articles/a"), Self.page("content/articles/b.md", key: "articles/b"),
                                 Self.page("content/articles/b.zh.md", key: "articles/b", language: "zh")],
                         assets: ["logo.png"], defaultLanguage: "en")
        #expect(map.resolve(key: "articles/b", language: "zh") == PageAddress(key: "articles/b", language: "zh"))
        #expect(map.resolve(key: "articles/a", language: "zh") == PageAddress(key: "articles/a", language: "en"))
        #expect(map.resolve(key: "articles/c", language: "zh") == nil)
        #expect(map.folder(of: PageAddress(key: "articles/b", language: "zh")) == "zh/articles/b/")
        #expect(map.hasAsset("logo.png") && !map.hasAsset("a.png"))
        #expect(map.knownSources.contains("assets/logo.png") && map.knownSources.contains("articles/b.zh.md"))
    }

    @Test func aSecondFileClaimingAnAddressIsAnErrorAtThatFile() {
        let pages = [Self.page("content/articles/a.md", key: "articles/a"), Self.page("content/articles/a.en.md", key: "articles/a")]
        let diagnostics = URLMap.duplicates(in: pages, assets: [], defaultLanguage: "en")
        #expect(diagnostics.map(\.message) == ["'content/articles/a.en.md' and 'content/articles/a.md' both publish to 'articles/a/index.html'"])
        #expect(diagnostics.map { $0.location?.file } == ["content/articles/a.en.md"])
        #expect(URLMap(pages: pages, assets: [], defaultLanguage: "en").sourcePath(of: PageAddress(key: "articles/a", language: "en"))
                == "content/articles/a.md")
    }

    @Test func urlsThatDifferOnlyInLetterCaseCollideForPagesAndAssets() {
        let pages = [Self.page("content/articles/Listen.md", key: "articles/Listen"), Self.page("content/articles/listen.md", key: "articles/listen"),
                     Self.page("content/articles/listen.zh.md", key: "articles/listen", language: "zh"),
                     Self.page("content/articles/LISTEN.zh.md", key: "articles/LISTEN", language: "zh")]
        let diagnostics = URLMap.duplicates(in: pages, assets: ["Logo.png", "img/logo.png", "logo.png"], defaultLanguage: "en")
        #expect(diagnostics.map(\.message) == [
            "'content/articles/listen.md' and 'content/articles/Listen.md' publish to 'articles/listen/index.html' and 'articles/Listen/index.html', which differ only in letter case",
            "'content/articles/LISTEN.zh.md' and 'content/articles/listen.zh.md' publish to 'zh/articles/LISTEN/index.html' and 'zh/articles/listen/index.html', which differ only in letter case",
            "'content/assets/logo.png' and 'content/assets/Logo.png' publish to 'assets/logo.png' and 'assets/Logo.png', which differ only in letter case",
        ])
        #expect(diagnostics.allSatisfy { $0.notes == ["case-insensitive disks and servers take them for one; rename one of the files"] })
    }
}
