import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// What tells a reader where they are and lets an author fix a page: the "Edit this page" link
/// (`editURL:`) and each page's siblings, built from fixture sites and read in their HTML.
@Suite struct ReaderNavigationTests {
    static let pages = [
        "content/index.md": page("Welcome", body: "## Where to start\n\nRead [one](articles/one.md)."),
        "content/articles/one.md": page("One", "order: 1"),
        "content/articles/two.md": page("Two", "order: 2"),
        "content/articles/three.md": page("Three", "order: 3"),
        "content/articles/two.zh.md": page("二", "order: 2"),
        "content/articles/über uns.md": page("About us", "order: 4"),
        "content/cases/alone.md": page("Alone"),
        "content/pillars/nimble.md": page("Nimble"),
    ]

    func site(config: String) throws -> FixtureSite {
        var files = Self.pages
        files["playbook.yml"] = FixtureSite.minimalConfig + "languages: [en, zh]\n" + config
        return try FixtureSite(files)
    }

    @Test func editURLLinksEachPageToItsSourceFileEncodedAndEscaped() throws {
        let site = try site(config: "editURL: https://git.example.com/team/play&book/-/edit/main\n")
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let base = "https://git.example.com/team/play&amp;book/-/edit/main/"
        #expect(try site.html(at: "articles/two/index.html").contains("<p class=\"edit-link\"><a href=\"\(base)content/articles/two.md\">"))
        #expect(try site.html(at: "zh/articles/two/index.html").contains("href=\"\(base)content/articles/two.zh.md\""))
        #expect(try site.html(at: "articles/%C3%BCber%20uns/index.html".removingPercentEncoding!).contains("href=\"\(base)content/articles/%C3%BCber%20uns.md\""))
        #expect(try site.html(at: "cases/alone/index.html").contains("href=\"\(base)content/cases/alone.md\""))
        #expect(try site.html(at: "pillars/nimble/index.html").contains("href=\"\(base)content/pillars/nimble.md\""))
        #expect(try site.html(at: "index.html").contains("href=\"\(base)content/index.md\""))
        // Generated pages have no source to edit; nor has a pillar shown untranslated.
        #expect(try !site.html(at: "articles/index.html").contains("edit-link"))
        #expect(try !site.html(at: "zh/pillars/nimble/index.html").contains("edit-link"))
    }

    @Test func withoutEditURLNoPageHasAnEditLink() throws {
        let site = try site(config: "")
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        for path in ["index.html", "articles/two/index.html", "cases/alone/index.html", "pillars/nimble/index.html"] {
            #expect(try !site.html(at: path).contains("edit-link"), "\(path)")
        }
    }

    @Test func anEditURLThatIsNotHTTPIsAnError() throws {
        let site = try site(config: "editURL: javascript:alert(1)\n")
        defer { site.remove() }
        #expect(site.build().diagnosticLines.first == "playbook.yml:4:10: error: 'editURL' must be an http:// or https:// address")
    }

    @Test func aPageListsItsSectionWithItselfCurrent() throws {
        let site = try site(config: "")
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let html = try site.html(at: "articles/two/index.html")
        #expect(html.contains("""
            <nav class="siblings" aria-labelledby="pb-siblings-title">
            <h2 id="pb-siblings-title">Articles</h2>
            <ul>
            <li><a href="../../articles/one/index.html">One</a></li>
            <li><a href="../../articles/two/index.html" aria-current="page">Two</a></li>
            <li><a href="../../articles/three/index.html">Three</a></li>
            <li><a href="../../articles/%C3%BCber%20uns/index.html">About us</a></li>
            </ul>
            """))
        #expect(html.components(separatedBy: "aria-current=\"page\"").count == 3)   // the header's section and the page itself
        // Another language lists its own pages and the untranslated ones, which it links to.
        let zh = try site.html(at: "zh/articles/two/index.html")
        #expect(zh.contains("<li><a href=\"../../../articles/one/index.html\">One</a></li>\n<li><a href=\"../../../zh/articles/two/index.html\" aria-current=\"page\">二</a></li>"))
        // Alone in its section, a page lists nothing.
        #expect(try !site.html(at: "cases/alone/index.html").contains("class=\"siblings\""))
    }

    @Test func sectionIndexesListTheSectionsAndPillarPagesThePillars() throws {
        let site = try site(config: "")
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let index = try site.html(at: "articles/index.html")
        #expect(index.contains("<h2 id=\"pb-siblings-title\">Browse the playbook</h2>"))
        #expect(index.contains("<li><a href=\"../articles/index.html\" aria-current=\"page\">Articles</a></li>"))
        #expect(index.contains("<li><a href=\"../cases/index.html\">Case stories</a></li>"))
        #expect(try site.html(at: "pillars/index.html").contains("<li><a href=\"../pillars/index.html\" aria-current=\"page\">Pillars</a></li>"))
        let pillar = try site.html(at: "pillars/nimble/index.html")
        #expect(pillar.contains("<li><a href=\"../../pillars/humanized/index.html\">Humanized</a></li>"))
        #expect(pillar.contains("<li><a href=\"../../pillars/nimble/index.html\" aria-current=\"page\">Nimble</a></li>"))
    }

    @Test func aLongSectionShowsAWindowAroundThePageAndLeadsToTheRest() throws {
        var files = ["playbook.yml": FixtureSite.minimalConfig]
        for number in 1...30 { files["content/articles/p\(number).md"] = page("Page \(number)", "order: \(number)") }
        let site = try FixtureSite(files)
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let html = try site.html(at: "articles/p20/index.html")
        let list = try #require(html.components(separatedBy: "<nav class=\"siblings\"").last)
        #expect(list.components(separatedBy: "<li>").count - 1 == 15)
        #expect(list.contains(">Page 13</a>") && list.contains(">Page 27</a>"))
        #expect(!list.contains(">Page 12</a>") && !list.contains(">Page 28</a>"))
        #expect(list.contains("<p class=\"siblings-more\"><a href=\"../../articles/index.html\">All 30 in this section</a></p>"))
        let first = try #require(try site.html(at: "articles/p1/index.html").components(separatedBy: "<nav class=\"siblings\"").last)
        #expect(first.contains(">Page 15</a>") && !first.contains(">Page 16</a>"))
    }
}
