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
