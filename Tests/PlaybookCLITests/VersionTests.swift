import Foundation
import Testing

@Suite struct VersionTests {
    /// The version as Sources/PlaybookCLI/Version.swift writes it, the one place it is set.
    static func sourceVersion() throws -> String {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/PlaybookCLI/Version.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("let playbookVersion = ") })
        return String(line.split(separator: "\"")[1])
    }

    @Test func versionFlagPrintsTheSourceVersionAndSucceeds() throws {
        let result = try PlaybookProcess.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.standardOutput == "\(try Self.sourceVersion())\n")
        #expect(result.standardError == "")
    }
}
