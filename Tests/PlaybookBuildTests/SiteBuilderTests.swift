import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookFixtures
import PlaybookModel

/// The build that runs the stages: what it returns, whatever the pages say.
@Suite struct SiteBuilderTests {
    @Test func diagnosticsReadInFileOrderWithThoseWithoutAPlaceFirst() {
        let at = { (file: String, line: Int) in SourceLocation(file: file, line: line, column: 1) }
        let diagnostics: [Diagnostic] = [.error("b3", at: at("b.md", 3)), .warning("a9", at: at("a.md", 9)), .error("none"),
                                         .error("a2", at: at("a.md", 2)), .warning("b3 again", at: at("b.md", 3))]
        #expect(SiteBuilder.sorted(diagnostics).map(\.message) == ["none", "a2", "a9", "b3", "b3 again"])
    }

    @Test func aCheckWithoutPlaybookYmlHasNoSiteAndSaysWhy() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let checked = SiteBuilder(options: BuildOptions(root: root)).check()
        #expect(checked.site == nil)
        #expect(checked.diagnostics.map(\.message) == ["no playbook.yml in \(root.path)"])
    }

    /// A written build holds what it made until the caller lets it go; a build stopped by an
    /// error writes nothing and holds nothing.
    @Test func aWrittenBuildRetainsItsOutputAndAFailedOneWritesNothing() throws {
        let fixture = try PublishingFixture(PublishingFixture.bilingual)
        defer { fixture.remove() }
        let built = fixture.build()
        #expect(built.didWrite && built.retained != nil && built.fileCount > 0)

        var broken = PublishingFixture.bilingual
        broken["content/articles/broken.md"] = "---\ntitle: Broken\n---\nSee [x](missing.md).\n"
        let failing = try PublishingFixture(broken)
        defer { failing.remove() }
        let failed = failing.build()
        #expect(!failed.didWrite && failed.retained == nil && failed.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: failing.root.appendingPathComponent("site").path))
    }
}
