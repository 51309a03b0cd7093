import Testing
@testable import PlaybookBuild
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport

@Suite struct ParseTests {
    static func source(_ path: String, key: String, language: String = "en", kind: PageKind = .article) -> SourcePage {
        SourcePage(sourcePath: path, kind: kind, key: key, language: language, frontMatter: FrontMatter(title: key), body: "", bodyStartLine: 1)
    }

    static let pages = [
        source("content/articles/listen.md", key: "articles/listen"),
        source("content/articles/listen.zh.md", key: "articles/listen", language: "zh"),
        source("content/cases/airline.md", key: "cases/airline", kind: .caseStory),
    ]

    static let resolver: LinkResolver = {
        var config = SiteConfig(title: "T")
        config.languages = ["en", "zh"]
        return LinkResolver(map: URLMap(pages: pages, assets: ["a b.png"], defaultLanguage: "en"), config: config, targets: Memo())
    }()

    @Test(arguments: [
        ("../cases/x.md", "content/articles/a.md", "cases/x.md"),
        ("./b.md", "content/articles/a.md", "articles/b.md"),
        ("../../outside.md", "content/articles/a.md", nil),
        ("sub/../c.md", "content/articles/a.md", "articles/c.md"),
    ] as [(String, String, String?)])
    func normalisesRelativePaths(link: String, from: String, expected: String?) {
        #expect(LinkResolver.normalize(link, relativeTo: from) == expected)
    }

    @Test func linksFromATranslationPreferItsLanguageAndFallBack() {
        let zhPage = Self.pages[1]
        let toListen = Self.resolver.resolve("listen.md#倾听", from: zhPage, folder: "zh/articles/listen/")
        #expect(toListen == .page(PageAddress(key: "articles/listen", language: "zh"), fragment: "倾听",
                                  href: "../../../zh/articles/listen/index.html#%E5%80%BE%E5%90%AC"))
        let toAirline = Self.resolver.resolve("../cases/airline.md", from: zhPage, folder: "zh/articles/listen/")
        #expect(toAirline == .page(PageAddress(key: "cases/airline", language: "en"), fragment: nil, href: "../../../cases/airline/index.html"))
    }

    /// A link's target is worked out once per build; what differs between its uses must not be
    /// taken from the first one: the page's output folder, source folder and language.
    @Test func aRememberedTargetServesEveryPageItFits() {
        var config = SiteConfig(title: "T")
        config.languages = ["en", "zh"]
        let pages = Self.pages + [Self.source("content/cases/listen.md", key: "cases/listen", kind: .caseStory)]
        let resolver = LinkResolver(map: URLMap(pages: pages, assets: [], defaultLanguage: "en"), config: config, targets: Memo())
        let listen = Self.pages[0], zhListen = Self.pages[1], airline = Self.pages[2]
        #expect(resolver.resolve("../cases/airline.md#x", from: listen, folder: "articles/listen/")
            == .page(airline.address, fragment: "x", href: "../../cases/airline/index.html#x"))
        #expect(resolver.resolve("../cases/airline.md#x", from: listen, folder: "handbook/")
            == .page(airline.address, fragment: "x", href: "../cases/airline/index.html#x"))
        #expect(resolver.resolve("listen.md", from: listen, folder: "articles/listen/")
            == .page(listen.address, fragment: nil, href: "../../articles/listen/index.html"))
        #expect(resolver.resolve("listen.md", from: airline, folder: "cases/airline/")
            == .page(PageAddress(key: "cases/listen", language: "en"), fragment: nil, href: "../../cases/listen/index.html"))
        #expect(resolver.resolve("listen.md", from: zhListen, folder: "zh/articles/listen/")
            == .page(zhListen.address, fragment: nil, href: "../../../zh/articles/listen/index.html"))
    }

    @Test func assetsAndExternalLinks() {
        let page = Self.pages[0]
        #expect(Self.resolver.resolve("../assets/a%20b.png", from: page, folder: "articles/listen/") == .asset(href: "../../assets/a%20b.png"))
        #expect(Self.resolver.resolve("https://example.org/x.md", from: page, folder: "articles/listen/") == .external)
        #expect(Self.resolver.resolve("mailto:help@example.org", from: page, folder: "articles/listen/") == .external)
        #expect(Self.resolver.resolve("#top", from: page, folder: "articles/listen/") == .sameDocument(fragment: "top"))
        guard case .problem(.warning, _, _) = Self.resolver.resolve("/articles/listen/", from: page, folder: "articles/listen/") else {
            Issue.record("a site-absolute link should warn")
            return
        }
    }

    /// Links whose text alone says where they lead are answered without the shared memo.
    @Test func outsideLinksAndAnchorsAreNotRemembered() {
        let targets = Memo<LinkResolver.Query, LinkResolver.Target>()
        let resolver = LinkResolver(map: Self.resolver.map, config: Self.resolver.config, targets: targets)
        let page = Self.pages[0]
        for link in ["https://example.org/a", "//cdn.example.org/b", "#top", "", "/articles/"] {
            _ = resolver.resolve(link, from: page, folder: "articles/listen/")
            #expect(targets.cached(LinkResolver.Query(destination: link, sourceFolder: "content/articles", language: "en")) == nil)
        }
        _ = resolver.resolve("../cases/airline.md", from: page, folder: "articles/listen/")
        #expect(targets.cached(LinkResolver.Query(destination: "../cases/airline.md", sourceFolder: "content/articles", language: "en")) != nil)
    }

    @Test func duplicateAddressesAreReported() {
        let twice = [Self.source("content/articles/a.en.md", key: "articles/a"), Self.source("content/articles/a.md", key: "articles/a")]
        #expect(URLMap.duplicates(in: twice, assets: [], defaultLanguage: "en").map(\.message)
                == ["'content/articles/a.md' and 'content/articles/a.en.md' both publish to 'articles/a/index.html'"])
    }

    @Test(arguments: [("", ""), ("articles/listen/", "../../"), ("zh/", "../"), ("zh/articles/倾听/", "../../../"), ("a//b", "../../")])
    func pathToRoot(folder: String, expected: String) {
        #expect(SitePath.toRoot(from: folder) == expected)
    }

    @Test(arguments: [("https://example.org", true), ("mailto:a@b.org", true), ("x-a.b+c:y", true), ("Tel:1", true),
                      ("listen.md", false), ("../a:b.md", false), ("1http:x", false), ("café:x", false), (":x", false), ("[a]:x", false)])
    func schemes(link: String, expected: Bool) {
        #expect(LinkResolver.hasScheme(link) == expected)
    }
}
