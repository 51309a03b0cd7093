import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

@Suite struct BuildTests {
    @Test func pagesGetPrettyURLsAndPageRelativeLinks() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/listen.md": page("Listen", body: "## Recall\n\nSee [the flight](../cases/flight.md#lessons) and ![map](../assets/map.png)."),
            "content/cases/flight.md": page("The flight", body: "## Lessons\n\nBe kind."),
            "content/assets/map.png": "png",
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(result.diagnostics.isEmpty)
        let html = try site.html(at: "articles/listen/index.html")
        #expect(html.contains("<a href=\"../../cases/flight/index.html#lessons\">the flight</a>"))
        #expect(html.contains("<img src=\"../../assets/map.png\" alt=\"map\" />"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"../../theme/style.css\">"))
        #expect(html.contains("<h2 id=\"recall\">"))
        #expect(site.exists("assets/map.png"))
        #expect(site.exists("theme/style.css"))
    }

    @Test func noInternalURLIsAbsolute() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("A", "pillars: [humanized]\ntags: [listening]"),
        ])
        defer { site.remove() }
        #expect(!site.build().hasErrors)
        for (path, data) in try site.snapshot() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path) has a root-relative link")
            #expect(!html.contains("src=\"/"), "\(path) has a root-relative source")
        }
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/wip.md": page("Work in progress", "draft: true"),
        ])
        defer { site.remove() }
        #expect(!site.build().hasErrors)
        #expect(!site.exists("articles/wip/index.html"))
        #expect(!(try site.html(at: "articles/index.html")).contains("Work in progress"))
        #expect(!site.build(drafts: true).hasErrors)
        #expect(site.exists("articles/wip/index.html"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
            "content/articles/b.md": page("B", "pillars: [nimble, aligned]\ntags: [x, y]\ndate: 2026-02-01"),
            "content/articles/a.md": page("A", "pillars: [nimble]\ntags: [y]\ndate: 2026-03-01"),
            "content/articles/a.zh.md": page("甲", "pillars: [nimble]"),
            "content/checklists/c.md": page("C", "tags: [x]", body: "- [ ] one\n- [ ] two"),
        ])
        defer { site.remove() }
        #expect(!site.build().hasErrors)
        let first = try site.snapshot()
        #expect(first.count > 20)
        // Into a second folder: a build into the first would stop at its stamp (`BuildStamp`)
        // and leave the same files behind whatever it would have made.
        let again = SiteBuilder(options: BuildOptions(root: site.root, output: site.root.appendingPathComponent("again"))).build()
        #expect(!again.hasErrors && !again.isUpToDate && again.didWrite)
        let second = try FixtureSite.files(under: site.root.appendingPathComponent("again"))
        #expect(second.keys.sorted() == first.keys.sorted())
        for (path, bytes) in first where second[path] != bytes {
            Issue.record("\(path) differs between two builds")
        }
    }

    /// A playbook's `i18n/en.yml` replaces the built-in one as a whole (docs/publishing.md):
    /// a key it lacks is not taken from the built-in table, so the outline's title is empty.
    @Test func aPlaybookWithoutTemplatesUsesTheBuiltInThemeAndAnOverrideWins() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("A", body: "## One\n\nText.\n\n## Two\n\nText.\n\n## Three\n\nText."),
        ])
        defer { site.remove() }
        #expect(!site.build().hasErrors)
        let builtIn = try site.html(at: "articles/a/index.html")
        #expect(builtIn.contains("class=\"skip-link\""))
        #expect(builtIn.contains("<h2 id=\"pb-outline-title\">On this page</h2>"))
        try site.write("templates/partials/footer.mustache", "<footer><p>Our own footer for {{chrome.siteTitle}}</p></footer>")
        try site.write("templates/i18n/en.yml", "skip_to_content: Jump to the page\n")
        #expect(!site.build().hasErrors)
        let html = try site.html(at: "articles/a/index.html")
        #expect(html.contains("Our own footer for Test Playbook"))
        #expect(html.contains("Jump to the page"))
        #expect(html.contains("<h2 id=\"pb-outline-title\"></h2>"), "the outline is there, without the built-in title")
        #expect(!html.contains("On this page"))
    }

    @Test func frontMatterAndTitlesAreEscaped() throws {
        let site = try FixtureSite([
            "playbook.yml": "title: \"Tom & <Jerry>\"\n",
            "content/articles/a.md": page("\"<script>alert(1)</script>\"", "summary: \"a <b>bold</b> claim\""),
        ])
        defer { site.remove() }
        #expect(!site.build().hasErrors)
        let html = try site.html(at: "articles/a/index.html")
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Tom &amp; &lt;Jerry&gt;"))
        #expect(!html.contains("<b>bold</b>"))
    }

    /// A quote followed by a combining mark is one `Character`; escaping per `Character` (as
    /// swift-mustache does) left it as it was, and it closed the attribute it was shown in.
    @Test func aQuoteWithACombiningMarkCannotLeaveItsAttribute() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page(#""Evil\"\u0301 onfocus=alert(1) x=\"""#, #"summary: "S'\u0301 onmouseover=alert(2)""#),
        ])
        defer { site.remove() }
        #expect(!site.build().hasErrors)
        let html = try site.html(at: "articles/a/index.html")
        let escaped = "Evil&quot;\u{301} onfocus=alert(1)", quote = "\"\u{301}", apostrophe = "'\u{301}"
        #expect(html.contains(escaped))
        #expect(!html.contains(quote))
        #expect(!html.contains(apostrophe))
    }
}
