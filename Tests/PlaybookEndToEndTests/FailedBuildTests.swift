import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

@Suite struct FailedBuildTests {
    @Test func aFailedBuildLeavesThePreviousSiteByteForByte() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("A", body: "[b](b.md)"),
            "content/articles/b.md": page("B"),
        ])
        defer { site.remove() }
        #expect(!site.build().hasErrors)
        let before = try site.snapshot()
        try site.write("content/articles/a.md", page("A changed", body: "[gone](missing.md)"))
        try site.write("content/articles/c.md", "---\ntitle: [broken\n---\n")
        let failed = site.build()
        #expect(failed.hasErrors)
        #expect(failed.diagnostics.filter { $0.severity == .error }.count == 2)
        #expect(try site.snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".site.") }
        #expect(leftovers.isEmpty)
    }

    /// Each mistake of `SourceMistakeTests` and `SymbolicLinkTests`, made in a playbook that
    /// built: the build fails and the site is as it was.
    @Test(arguments: [
        "content/articles/A.md", "content/articles/a/index.md", "content/articles/a.md:latin1", "content/assets/link",
        "content/articles/link.md", "playbook.yml:languages", "content:removed",
    ])
    func everyMistakeLeavesThePreviousSite(mistake: String) throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A"), "content/assets/x.txt": "x"])
        defer { site.remove() }
        #expect(!site.build().hasErrors)
        let before = try site.snapshot()
        let content = site.root.appendingPathComponent("content")
        switch mistake {
        case "content/articles/a.md:latin1": try site.write("content/articles/a.md", data: Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE9]))
        case "content/assets/link": try FileManager.default.createSymbolicLink(atPath: content.path + "/assets/link", withDestinationPath: "/etc/passwd")
        case "content/articles/link.md": try FileManager.default.createSymbolicLink(atPath: content.path + "/articles/link.md", withDestinationPath: "/etc/hostname")
        case "playbook.yml:languages": try site.write("playbook.yml", FixtureSite.minimalConfig + "languages: [en, jp]\n")
        case "content:removed": try FileManager.default.removeItem(at: content)
        default: try site.write(mistake, page("Same URL"))
        }
        #expect(site.build().hasErrors)
        #expect(try site.snapshot() == before)
    }

    @Test func aSuccessfulRebuildRemovesPagesThatWereDeleted() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("A"),
            "content/articles/b.md": page("B"),
        ])
        defer { site.remove() }
        _ = site.build()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/b.md"))
        #expect(!site.build().hasErrors)
        #expect(!site.exists("articles/b/index.html"))
        #expect(site.exists("articles/a/index.html"))
    }
}
