import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookSupport

/// A build from the cache keeps every file made from the site's outline alone (the indexes,
/// tag and pillar pages, the search and 404 pages, feeds, sitemap, `phrases.json`, the theme's
/// assets) as the last build left it when the outline is the same (`KeptPages`): never made,
/// never read, the same inode and times.
extension BuildCacheTests {
    /// The test site with a home page and a pillar introduction, whose HTML their files show,
    /// and a dated page, which the feeds list.
    static let siteWideFiles = files.merging([
        "content/articles/a.md": page("Listen", "tags: [calm]\npillars: [humanized]\ndate: 2024-05-01",
                                      body: "## One\n\nSee [b](b.md#two) and [the check](../checklists/c.md).[^1]\n\n[^1]: Note."),
        "content/index.md": page("Welcome", body: "Start with [a](articles/a.md)."),
        "content/pillars/humanized.md": page("Humanized", "summary: People first.", body: "## Why\n\nBecause."),
    ]) { $1 }

    /// Files made from the outline alone, in both languages.
    static let outlineOnly = ["zh/index.html", "pillars/index.html", "zh/pillars/index.html", "zh/pillars/humanized/index.html",
                              "pillars/aligned/index.html", "tags/index.html", "tags/calm/index.html", "zh/tags/index.html",
                              "articles/index.html", "zh/articles/index.html", "checklists/index.html", "search/index.html", "404.html",
                              "zh/404.html", "feed.xml", "zh/feed.xml", "sitemap.xml", "robots.txt", "phrases.json", "zh/phrases.json",
                              "theme/style.css"]

    /// Each file of the output with its identity (inode, size, modification and change times).
    func identities(_ site: FixtureSite) throws -> [String: FileIdentity] {
        try FixtureSite.files(under: site.output).keys.reduce(into: [:]) { identities, path in
            identities[path] = FileIdentity(path: site.output.appendingPathComponent(path).path)
        }
    }

    /// Every file the cache can keep: all but the search index's terms and manifest and the handbooks.
    func keepableCount(_ site: FixtureSite) throws -> Int {
        try FixtureSite.files(under: site.output).keys.count { path in
            !path.hasSuffix("handbook/index.html") && !(path.contains("search/") && !path.hasSuffix("search/index.html") && !Self.isChunk(path))
        }
    }

    /// Whether `path` is one of the search index's chunks of documents (`d<n>.js`).
    static func isChunk(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        return path.contains("search/") && name.hasPrefix("d") && name.hasSuffix(".js")
    }

    @Test func aBodyEditKeepsTheFilesMadeFromTheOutline() throws {
        let site = try FixtureSite(Self.siteWideFiles)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let before = try identities(site)
        for path in Self.outlineOnly { #expect(before[path] != nil, "\(path) is built") }

        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nText, edited, with a [link back](a.md#one)."))
        let bodyEdit = try expectSameAsCleanBuild(site, "a body edit")
        let after = try identities(site)
        for path in Self.outlineOnly + ["index.html", "pillars/humanized/index.html", "articles/a/index.html"] {
            #expect(after[path] == before[path], "\(path) is left as it was")
        }
        #expect(after["articles/b/index.html"] != before["articles/b/index.html"])
        #expect(bodyEdit.filesKept == (try keepableCount(site)) - 2, "every file but b's own and the search chunk of its documents is kept, never made")
        #expect(before["zh/search/d0.js"] != nil && after["search/d0.js"] != before["search/d0.js"]
                    && after["zh/search/d0.js"] == before["zh/search/d0.js"],
                "only the chunk with b's documents is made again")

        // The home page and a pillar's page show their introduction's HTML.
        try site.write("content/index.md", page("Welcome", body: "Start with [a](articles/a.md), now."))
        let homeEdit = try expectSameAsCleanBuild(site, "a body edit of the home page")
        #expect(homeEdit.filesKept == (try keepableCount(site)) - 1, "all but index.html")
        #expect(try identities(site)["zh/index.html"] == before["zh/index.html"], "the Chinese home page shows no English body")
        try site.write("content/pillars/humanized.md", page("Humanized", "summary: People first.", body: "## Why\n\nBecause, edited."))
        let pillarEdit = try expectSameAsCleanBuild(site, "a body edit of a pillar's introduction")
        #expect(pillarEdit.filesKept == (try keepableCount(site)) - 2, "all but pillars/humanized/index.html and its search chunk")
        #expect(try site.html(at: "pillars/humanized/index.html").contains("Because, edited."))
        #expect(try identities(site)["zh/pillars/humanized/index.html"] == before["zh/pillars/humanized/index.html"],
                "the untranslated pillar's Chinese page links to the English one")
    }

    @Test func aTitleOrTagEditMakesThemAgain() throws {
        let site = try FixtureSite(Self.siteWideFiles)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let before = try identities(site)

        // a.md is tagged calm and serves the humanized pillar.
        try site.write("content/articles/a.md", page("Listen well", "tags: [calm]\npillars: [humanized]\ndate: 2024-05-01",
                                                     body: "## One\n\nSee [b](b.md#two) and [the check](../checklists/c.md).[^1]\n\n[^1]: Note."))
        let titleEdit = try expectSameAsCleanBuild(site, "a title edit")
        #expect(titleEdit.filesKept == 0, "the outline changed")
        let renamed = try identities(site)
        for path in ["tags/calm/index.html", "pillars/humanized/index.html", "articles/index.html", "articles/b/index.html", "index.html",
                     "feed.xml"] {
            #expect(renamed[path] != before[path], "\(path) lists the title")
            #expect(String(decoding: try #require(try site.snapshot()[path]), as: UTF8.self).contains("Listen well"), "\(path)")
        }

        try site.write("content/articles/b.md", page("Recall", "tags: [calm, memory]", body: "## Two\n\nText, with a [link back](a.md#one)."))
        let tagEdit = try expectSameAsCleanBuild(site, "a tag edit")
        #expect(tagEdit.filesKept == 0)
        let tagged = try identities(site)
        for path in ["tags/index.html", "tags/calm/index.html"] { #expect(tagged[path] != renamed[path], "\(path) lists b") }
        #expect(try site.html(at: "tags/memory/index.html").contains("Recall"))
    }

    @Test func aFileMadeFromTheOutlineChangedOrDeletedByHandIsMadeAgain() throws {
        let site = try FixtureSite(Self.siteWideFiles)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nEdited, with a [link back](a.md#one)."))
        let keepable = try keepableCount(site)
        #expect(try expectSameAsCleanBuild(site, "a body edit").filesKept == keepable - 2)

        try site.write("site/tags/calm/index.html", "changed by hand")
        try site.write("site/feed.xml", "changed by hand")
        try site.write("site/zh/search/d0.js", "changed by hand")
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("zh/phrases.json"))
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("404.html"))
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nEdited again, with a [link back](a.md#one)."))
        let again = try expectSameAsCleanBuild(site, "files changed and deleted by hand")
        #expect(again.filesKept == keepable - 2 - 5, "the five files changed or deleted are made again")
    }
}
