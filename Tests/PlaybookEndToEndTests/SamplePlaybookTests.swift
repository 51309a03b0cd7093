import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// The repository's own sample playbook builds cleanly, into a temporary folder.
@Suite struct SamplePlaybookTests {
    @Test func theSamplePlaybookBuildsWithoutDiagnostics() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // The output in a folder of its own, which also holds the build stamp beside it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let result = SiteBuilder(options: BuildOptions(root: repository, output: output)).build()
        #expect(result.diagnostics.map { DiagnosticFormatter().format($0) } == [])
        #expect(result.didWrite)
        for pillar in ["humanized", "aligned", "nimble", "data-backed"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pillars/\(pillar)/index.html").path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("zh/pillars/\(pillar)/index.html").path))
        }
    }
}
