import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// Nothing crashes or hangs, whatever is in content/.
@Suite struct HostileInputTests {
    @Test func emptyHugeDeepAndOddlyEncodedFilesAreHandled() throws {
        let huge = page("Huge", body: String(repeating: "A line of *text* with a [link](https://example.org).\n\n", count: 100_000))
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/empty.md": "",
            "content/articles/huge.md": huge,
            "content/articles/deep.md": page("Deep", body: String(repeating: ">", count: 50_000) + " bottom"),
            "content/articles/lists.md": page("Lists", body: String(repeating: "- ", count: 10_000) + "x"),
            "content/articles/bom.md": "\u{FEFF}---\r\ntitle: Bom\r\n---\r\n\r\n## Crlf heading\r\n",
        ])
        defer { site.remove() }
        #expect(huge.utf8.count > 5_000_000)
        try site.write("content/articles/latin1.md", data: Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x3A, 0xE9, 0xFF, 0x0A]))
        let result = site.build()
        #expect(result.diagnosticLines == [
            "content/articles/empty.md:1:1: error: missing front matter: a page starts with '---', a 'title:' line and '---'",
            "content/articles/latin1.md:2:3: error: the file is not UTF-8 text from here (byte 0xE9); save it as UTF-8",
            "    t:\u{FFFD}\u{FFFD}",
            "      ^",
        ])
        try site.write("content/articles/empty.md", page("Now filled"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/latin1.md"))
        #expect(!site.build().hasErrors)
        #expect(try site.html(at: "articles/bom/index.html").contains("<h2 id=\"crlf-heading\">"))
        #expect(try site.html(at: "articles/deep/index.html").contains("bottom"))
    }

    @Test func symbolicLinkLoopsAreSkippedWithAWarning() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A")])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/articles/loop").path,
                                                   withDestinationPath: "..")
        let result = site.build()
        #expect(!result.hasErrors)
        #expect(result.diagnosticLines.first == "content/articles/loop:1:1: warning: symbolic link loop, skipped")
        #expect(site.exists("articles/a/index.html"))
    }
}
