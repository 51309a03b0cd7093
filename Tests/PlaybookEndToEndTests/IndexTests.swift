import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

@Suite struct IndexTests {
    static let files = [
        "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
        "content/index.md": page("Welcome", body: "Start with [the gap](articles/gap.md)."),
        "content/pillars/humanized.md": page("Humanized", "summary: People first."),
        "content/articles/gap.md": page("The empathy gap", "pillars: [humanized, aligned]\ntags: [leadership]\naudience: leaders\norder: 1\ndate: 2026-01-05"),
        "content/articles/listen.md": page("Listen", "pillars: [humanized]\ntags: [listening, leadership]\norder: 2\ndate: 2026-04-01"),
        "content/cases/flight.md": page("The flight", "pillars: [humanized]\naudience: frontline"),
        "content/articles/gap.zh.md": page("同理心鸿沟", "pillars: [humanized, aligned]\ntags: [leadership]"),
    ]

    @Test func homeShowsPillarCardsWithCountsAndRecentPages() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let home = try site.html(at: "index.html")
        #expect(home.contains("<h1 id=\"pb-home-title\">Welcome</h1>"))
        #expect(home.contains("<a href=\"articles/gap/index.html\">the gap</a>"))
        #expect(home.contains("<h3 class=\"pillar-card-title\"><a href=\"pillars/humanized/index.html\">Humanized</a></h3>"), "under the home page's h2")
        #expect(home.contains("<p class=\"count\">3 pages</p>"))
        let recent = try #require(home.range(of: "pb-home-recent")).upperBound
        let listen = try #require(home.range(of: "Listen", range: recent..<home.endIndex))
        let gap = try #require(home.range(of: "The empathy gap", range: recent..<home.endIndex))
        #expect(listen.lowerBound < gap.lowerBound, "newest first")
    }

    @Test func pillarPageListsItsPagesGroupedByKind() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = site.build()
        let pillar = try site.html(at: "pillars/humanized/index.html")
        let articles = try #require(pillar.range(of: "<h3 class=\"group-title\">Articles</h3>"))
        let cases = try #require(pillar.range(of: "<h3 class=\"group-title\">Case stories</h3>"))
        #expect(articles.lowerBound < cases.lowerBound)
        #expect(pillar.contains("href=\"../../articles/gap/index.html\""))
        #expect(pillar.contains("href=\"../../cases/flight/index.html\""))
        let aligned = try site.html(at: "pillars/aligned/index.html")
        #expect(aligned.contains("The empathy gap"))
        #expect(!aligned.contains("The flight"))
        #expect(try site.html(at: "pillars/index.html").contains("<h2 class=\"pillar-card-title\"><a href=\"../pillars/nimble/index.html\">Nimble</a></h2>"))
    }

    @Test func sectionIndexesShowSummaryPillarsAndAudienceInOrder() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = site.build()
        let index = try site.html(at: "articles/index.html")
        let gap = try #require(index.range(of: "The empathy gap"))
        let listen = try #require(index.range(of: ">Listen<"))
        #expect(gap.lowerBound < listen.lowerBound, "order: 1 before order: 2")
        #expect(index.contains("<span class=\"badge audience\">For: Leaders</span>"))
        #expect(index.contains("<a class=\"badge pillar\" href=\"../pillars/aligned/index.html\">Aligned</a>"))
        #expect(try site.html(at: "exercises/index.html").contains("Nothing here yet."))
    }

    @Test func tagPagesListTheirPages() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = site.build()
        let tags = try site.html(at: "tags/index.html")
        #expect(tags.contains("<a class=\"tag\" href=\"../tags/leadership/index.html\">leadership</a> <span class=\"count\">2</span>"))
        let leadership = try site.html(at: "tags/leadership/index.html")
        #expect(leadership.contains("The empathy gap") && leadership.contains("Listen"))
        #expect(!(try site.html(at: "tags/listening/index.html")).contains("The empathy gap"))
    }

    @Test func pagesHaveBreadcrumbsNeighboursAndAnOutlineWhenLong() throws {
        var files = Self.files
        files["content/articles/listen.md"] = page("Listen", "order: 2", body: "## One\n\n## Two\n\n### Two and a half\n\n## Three")
        let site = try FixtureSite(files)
        defer { site.remove() }
        _ = site.build()
        let listen = try site.html(at: "articles/listen/index.html")
        #expect(listen.contains("<li><a href=\"../../articles/index.html\">Articles</a></li>"))
        #expect(listen.contains("<a class=\"previous\" href=\"../../articles/gap/index.html\" rel=\"prev\">"))
        #expect(listen.contains("<h2 id=\"pb-outline-title\">On this page</h2>"))
        #expect(listen.contains("<li class=\"nested\"><a href=\"#two-and-a-half\">Two and a half</a></li>"))
        let gap = try site.html(at: "articles/gap/index.html")
        #expect(!gap.contains("pb-outline-title"), "short pages have no outline")
        #expect(gap.contains("<a class=\"next\" href=\"../../articles/listen/index.html\" rel=\"next\">"))
    }

    /// An entry is rendered once and given each list's way back to the root (`EntryRenderer`):
    /// every depth gets its own links, and words that hold the stand-in keep it.
    @Test func anEntryLinksRightFromListsAtEveryDepth() throws {
        var files = Self.files
        files["content/articles/odd.md"] = page("\"Odd\\x01title\"", "pillars: [nimble]\ntags: [leadership]\nsummary: \"Odd\\x01summary\"")
        let site = try FixtureSite(files)
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let gapLinks = [("index.html", ""), ("articles/index.html", "../"), ("tags/leadership/index.html", "../../"),
                        ("pillars/aligned/index.html", "../../"), ("zh/articles/index.html", "../../"), ("zh/tags/leadership/index.html", "../../../")]
        for (list, back) in gapLinks {
            let html = try site.html(at: list)
            let gap = list.hasPrefix("zh/") ? "\(back)zh/articles/gap/index.html" : "\(back)articles/gap/index.html"
            #expect(html.contains("<h3><a href=\"\(gap)\">"), "\(list)")
            #expect(html.contains("<a class=\"badge pillar\" href=\"\(back)\(list.hasPrefix("zh/") ? "zh/" : "")pillars/aligned/index.html\">"), "\(list)")
        }
        for (list, back) in [("articles/index.html", "../"), ("tags/leadership/index.html", "../../")] {
            let html = try site.html(at: list)
            #expect(html.contains("<h3><a href=\"\(back)articles/odd/index.html\">Odd\u{1}title</a></h3>\n<p>Odd\u{1}summary</p>"), "\(list)")
            #expect(html.contains("<a class=\"badge pillar\" href=\"\(back)pillars/nimble/index.html\">Nimble</a>"), "\(list)")
        }
    }

    /// The navigation is rendered once per section and depth (`NavRenderer`): every page must
    /// still get its own way back to the root, its own current section and its own language.
    @Test func theNavigationFitsEveryPageItIsOn() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let pages = [("index.html", "", nil), ("articles/index.html", "../", "articles"), ("articles/gap/index.html", "../../", "articles"),
                     ("cases/flight/index.html", "../../", "cases"), ("tags/leadership/index.html", "../../", "tags"),
                     ("pillars/humanized/index.html", "../../", "pillars"), ("zh/index.html", "../", nil),
                     ("zh/articles/gap/index.html", "../../../", "articles"), ("zh/tags/leadership/index.html", "../../../", "tags")]
        for (path, back, current) in pages {
            let html = try site.html(at: path)
            let start = try #require(html.range(of: "<nav class=\"site-nav\""), "\(path)").lowerBound
            let end = try #require(html.range(of: "</nav>", range: start..<html.endIndex)).upperBound
            let block = String(html[start..<end])
            let root = back + (path.hasPrefix("zh/") ? "zh/" : "")
            for section in ["pillars", "articles", "cases", "tags"] {
                let marker = section == current ? " aria-current=\"page\"" : ""
                #expect(block.contains("<a href=\"\(root)\(section)/index.html\"\(marker)>"), "\(path): \(section)")
            }
            #expect(block.components(separatedBy: "aria-current").count == (current == nil ? 1 : 2), "\(path)")
            #expect(block.contains(path.hasPrefix("zh/") ? "aria-label=\"栏目\"" : "aria-label=\"Sections\""), "\(path)")
        }
    }

    @Test func otherLanguagesGetTheSameIndexesWithFallbacksMarked() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = site.build()
        let zh = try site.html(at: "zh/articles/index.html")
        #expect(zh.contains("<html lang=\"zh\">"))
        #expect(zh.contains("<a href=\"../../zh/articles/gap/index.html\">同理心鸿沟</a>"))
        #expect(zh.contains("<a href=\"../../articles/listen/index.html\">Listen</a> <span class=\"fallback\">(English, 尚未翻译)</span>"))
        let page = try site.html(at: "zh/articles/gap/index.html")
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../../articles/gap/index.html\">"))
        let english = try site.html(at: "articles/listen/index.html")
        #expect(english.contains("<a href=\"../../zh/index.html\" hreflang=\"zh\" lang=\"zh\">中文</a>"), "no translation: the switcher goes home")
    }
}
