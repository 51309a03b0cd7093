import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// Tags whose names differ only in case are one tag: one page at one URL, listing every page
/// that names it either way, and every page's tag link leads there.
@Suite struct TagCaseTests {
    @Test func tagsThatDifferOnlyInCaseShareOnePage() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("Alpha", "order: 1\ntags: [HR]"),
            "content/articles/b.md": page("Beta", "order: 2\ntags: [hr]"),
            "content/articles/c.md": page("Gamma", "order: 3\ntags: [Hr, listening]"),
        ])
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let tagFolders = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("tags").path)
            .filter { $0 != "index.html" }.sorted()
        #expect(tagFolders == ["hr", "listening"])

        let tags = try site.html(at: "tags/index.html")
        #expect(tags.contains("<a class=\"tag\" href=\"../tags/hr/index.html\">HR</a> <span class=\"count\">3</span>"))
        #expect(tags.components(separatedBy: "href=\"../tags/hr/index.html\"").count == 2, "listed once")

        let hr = try site.html(at: "tags/hr/index.html")
        for title in ["Alpha", "Beta", "Gamma"] { #expect(hr.contains(">\(title)</a>"), "\(title) on the tag's page") }
        for (path, name) in [("articles/a/index.html", "HR"), ("articles/b/index.html", "hr"), ("articles/c/index.html", "Hr")] {
            #expect(try site.html(at: path).contains("href=\"../../tags/hr/index.html\">\(name)</a>"), "\(path) links its tag")
        }
    }

    /// A page tagged with two spellings of one tag shows one link to its page, the first spelling.
    @Test func aPageWithTwoSpellingsOfATagLinksItOnce() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("Alpha", "tags: [HR, listening, hr]"),
        ])
        defer { site.remove() }
        #expect(site.build().didWrite)
        let html = try site.html(at: "articles/a/index.html")
        #expect(html.components(separatedBy: "href=\"../../tags/hr/index.html\"").count == 2, "the tag is linked twice")
        #expect(html.contains("href=\"../../tags/hr/index.html\">HR</a>"))
    }
}
