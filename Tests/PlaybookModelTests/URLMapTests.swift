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
        let diagnostics = URLMap.duplicates(in: pages)
        #expect(diagnostics.map(\.message) == ["'content/articles/a.en.md' has the same output URL as 'content/articles/a.md'"])
        #expect(URLMap(pages: pages, assets: [], defaultLanguage: "en").sourcePath(of: PageAddress(key: "articles/a", language: "en"))
                == "content/articles/a.md")
    }
}
