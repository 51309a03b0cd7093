import Foundation
import Testing

@Suite struct CheckCommandTests {
    static func playbook() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write("playbook.yml", "title: T\nlanguages: [en]\n")
        try folder.write("content/articles/a.md", "---\ntitle: A\n---\n\nSee [b](b.md).\n")
        try folder.write("content/articles/b.md", "---\ntitle: B\n---\n\nText.\n")
        return folder
    }

    @Test func cleanPlaybookPassesAndWritesNothing() throws {
        let folder = try Self.playbook()
        defer { folder.remove() }
        let result = try PlaybookProcess.run(["check"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput == "Checked 2 pages: no problems\n")
        #expect(result.standardError == "")
        #expect(!folder.exists("site"))
    }

    @Test func brokenLinkFailsWithTheDiagnostic() throws {
        let folder = try Self.playbook()
        defer { folder.remove() }
        try folder.write("content/articles/a.md", "---\ntitle: A\n---\n\nSee [c](c.md).\n")
        let result = try PlaybookProcess.run(["check", "--root", folder.url.path], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("content/articles/a.md:5:5: error: "))
        #expect(result.standardError.hasSuffix("1 error\n"))
        #expect(!folder.exists("site"))
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let folder = try Self.playbook()
        defer { folder.remove() }
        try folder.write("content/articles/b.md", "---\ntitle: B\ntitel: B\n---\n\nText.\n")
        let plain = try PlaybookProcess.run(["check"], in: folder.url)
        #expect(plain.status == 0)
        #expect(plain.standardError.contains("content/articles/b.md:3:1: warning: "))
        #expect(plain.standardOutput == "Checked 2 pages: no errors\n")
        let strict = try PlaybookProcess.run(["check", "--strict"], in: folder.url)
        #expect(strict.status == 1)
    }

    @Test func missingConfigFails() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try PlaybookProcess.run(["check"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("playbook init"))
    }
}
