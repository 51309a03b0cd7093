import Foundation
import Testing

/// Runs the real `playbook` binary for its exit codes, stdout and stderr.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("playbook")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return package.appendingPathComponent(".build/debug/playbook")
    }

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func buildIsTheDefaultCommandAndPrintsOneSummaryLine() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A")])
        defer { site.remove() }
        let run = try run([], in: site.root)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.hasPrefix("Built 1 page in 1 language in "))
        #expect(site.exists("articles/a/index.html"))
    }

    @Test func errorsGoToStderrWithExitStatusOne() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A", body: "[x](nope.md)")])
        defer { site.remove() }
        let run = try run(["build", "--root", site.root.path, "--output", site.root.appendingPathComponent("out").path], in: site.root)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            content/articles/a.md:5:1: error: link target 'nope.md' does not exist
                [x](nope.md)
                ^
            1 error

            """)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("out").path))
    }

    @Test func usageErrorsExitWith64() throws {
        let run = try run(["build", "--no-such-flag"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("Unknown option '--no-such-flag'"))
    }

    @Test func timingsNameEveryStage() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A")])
        defer { site.remove() }
        let run = try run(["build", "--timings"], in: site.root)
        #expect(run.status == 0)
        let stages = run.stderr.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(stages == ["load", "parse", "resolve", "render", "write", "total", "malloc", "files"])
        // Fails if the link order ever lets glibc's malloc win over mimalloc's (Allocator.swift).
        #expect(run.stderr.contains("\nmalloc  mimalloc "))
        #expect(run.stderr.hasSuffix(" written, 0 unchanged\n"))
        let again = try self.run(["build", "--timings"], in: site.root)
        #expect(again.stderr.contains("files   0 written, "), "a no-change rebuild rewrites nothing")
    }

    /// Swift seeds its hashing per process, so only two processes show dictionary-order leaks.
    @Test func twoProcessesBuildByteIdenticalSites() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\nbaseURL: https://intranet.example.com/playbook/\n",
            "content/articles/a.md": page("A", "pillars: [humanized, nimble]\ntags: [x, y, z]\ndate: 2026-01-02", body: "## One\n\nText [b](b.md)."),
            "content/articles/b.md": page("B", "pillars: [aligned]\ntags: [z]\ndate: 2026-01-03"),
            "content/articles/a.zh.md": page("甲", "tags: [x]", body: "## 一\n\n共情能力"),
            "content/phrases/p.md": page("P", body: "## When\n\n- Say this.\n  - Instead of: ~~That.~~"),
        ])
        defer { site.remove() }
        #expect(try run(["build", "--output", "one"], in: site.root).status == 0)
        #expect(try run(["build", "--output", "two"], in: site.root).status == 0)
        let one = try FixtureSite.files(under: site.root.appendingPathComponent("one"))
        #expect(one.count > 30)
        #expect(try FixtureSite.files(under: site.root.appendingPathComponent("two")) == one)
    }
}
