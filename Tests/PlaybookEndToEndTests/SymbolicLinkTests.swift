import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// A symbolic link never publishes a file from outside the playbook; links inside it work.
@Suite struct SymbolicLinkTests {
    /// A folder beside the fixture whose name starts with the fixture's: only a comparison of
    /// whole path components tells that it is outside.
    static func outsideFolder(of site: FixtureSite) throws -> URL {
        let outside = URL(fileURLWithPath: site.root.path + "-outside")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data(page("Leaked", body: "OUTSIDE-SECRET").utf8).write(to: outside.appendingPathComponent("articles/leaked.md"))
        try Data("OUTSIDE-SECRET".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        return outside
    }

    func link(_ path: String, to target: String, in site: FixtureSite) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    @Test func linksOutOfThePlaybookAreErrorsAndPublishNothing() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A")])
        let outside = try Self.outsideFolder(of: site)
        defer { site.remove(); try? FileManager.default.removeItem(at: outside) }
        #expect(!site.build().hasErrors)
        let before = try site.snapshot()
        let name = outside.lastPathComponent, real = outside.resolvingSymlinksInPath().path
        try link("content/articles/leaked.md", to: "../../../\(name)/articles/leaked.md", in: site)
        try link("content/articles/shared", to: "../../../\(name)/articles", in: site)
        try link("content/cases", to: outside.appendingPathComponent("articles").path, in: site)
        try link("content/assets/passwd", to: "/etc/passwd", in: site)
        try link("templates/assets/extra.css", to: outside.appendingPathComponent("secret.txt").path, in: site)
        let result = site.build()
        let note = "note: copy the file into the playbook, or link only to files inside it"
        #expect(result.diagnosticLines == [
            "content/articles/leaked.md:1:1: error: symbolic link to '../../../\(name)/articles/leaked.md' ('\(real)/articles/leaked.md') leads outside the playbook; nothing is published from it",
            note,
            "content/articles/shared:1:1: error: symbolic link to '../../../\(name)/articles' ('\(real)/articles') leads outside the playbook; nothing is published from it",
            note,
            "content/assets/passwd:1:1: error: symbolic link to '/etc/passwd' leads outside the playbook; nothing is published from it",
            note,
            "content/cases:1:1: error: symbolic link to '\(real)/articles' leads outside the playbook; nothing is published from it",
            note,
            "templates/assets/extra.css:1:1: error: symbolic link to '\(real)/secret.txt' leads outside the playbook; nothing is published from it",
            note,
        ])
        #expect(!result.didWrite)
        #expect(try site.snapshot() == before)
        // Not even `check`, which writes nothing, reads the linked page.
        let checked = SiteBuilder(options: BuildOptions(root: site.root)).check()
        #expect(checked.site?.languages.first?.pages.map(\.source.key) == ["articles/a"])
        #expect(checked.assets.isEmpty)
    }

    @Test func linksInsideThePlaybookArePublished() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "shared/pages/together.md": page("Together", body: "Shared text."),
            "shared/logo.svg": "<svg/>",
            "content/articles/a.md": page("A", body: "See [together](together.md) and ![logo](../assets/logo.svg)."),
        ])
        defer { site.remove() }
        try link("content/articles/together.md", to: "../../shared/pages/together.md", in: site)
        try link("content/cases", to: site.root.appendingPathComponent("shared/pages").path, in: site)
        try link("content/assets/logo.svg", to: "../../shared/logo.svg", in: site)
        let result = site.build()
        #expect(result.diagnosticLines == [])
        #expect(try site.html(at: "articles/together/index.html").contains("Shared text."))
        #expect(try site.html(at: "cases/together/index.html").contains("Shared text."))
        #expect(site.exists("assets/logo.svg"))
    }

    @Test func aLinkToItselfIsALoopWarning() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A")])
        defer { site.remove() }
        try link("content/articles/self.md", to: "self.md", in: site)
        let result = site.build()
        #expect(result.diagnosticLines == ["content/articles/self.md:1:1: warning: symbolic link loop, skipped"])
        #expect(site.exists("articles/a/index.html"))
    }
}
