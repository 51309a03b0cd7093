import Foundation
import Testing

/// `playbook build --timings`: one line per stage, and the allocator the process really uses.
@Suite struct BuildTimingsTests {
    @Test func timingsListEveryStageAndMimalloc() throws {
        let folder = try CheckCommandTests.playbook()
        defer { folder.remove() }
        let result = try PlaybookProcess.run(["build", "--timings"], in: folder.url)
        #expect(result.status == 0)
        let names = result.standardError.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names == ["load", "parse", "resolve", "render", "write", "total", "malloc", "files"])
        // Fails if the link order ever lets glibc's malloc win over mimalloc's (Allocator.swift).
        #expect(result.standardError.contains("\nmalloc  mimalloc "))
        #expect(folder.exists("site/articles/a/index.html"))
    }
}
