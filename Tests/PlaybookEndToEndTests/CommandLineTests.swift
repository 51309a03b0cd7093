import Foundation
import Testing

/// Runs the real `playbook` binary for its exit codes, stdout and stderr.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary built with these tests (the target depends on PlaybookCLI), beside the test
    /// bundle in `.build/<config>/`: never an older one from elsewhere.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("playbook")
    }

    func run(_ arguments: [String], in folder: URL, binary: URL = Self.binary) throws -> Run {
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no playbook binary at \(binary.path)")
        let process = Process()
        process.executableURL = binary
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
        #expect(stages == ["check", "theme", "load", "places", "parse", "resolve", "keep", "handbook", "search", "plan", "render", "write", "commit", "stamp", "total", "malloc", "files", "cache"])
        // Fails if the link order ever lets glibc's malloc win over mimalloc's (Allocator.swift).
        #expect(run.stderr.contains("\nmalloc  mimalloc "))
        #expect(run.stderr.contains(" written, 0 unchanged\n"))
        #expect(run.stderr.hasSuffix(" MiB in \(site.root.path)/.site.cache; pages: 0 from the cache, 1 converted; 0 files kept\n"))
    }

    @Test func noCacheBuildsWithoutTheCacheFolder() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A")])
        defer { site.remove() }
        let run = try run(["build", "--timings", "--no-cache"], in: site.root)
        #expect(run.status == 0)
        #expect(!run.stderr.contains("cache "))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".site.cache").path))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site/articles/a/index.html").path))
    }

    /// A page saved again with the same bytes is a change to the build stamp, so the build
    /// runs; the writer then finds every file's bytes the same and rewrites none.
    @Test func aRebuildWithTheSameBytesRewritesNothing() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A")])
        defer { site.remove() }
        let first = try run(["build", "--timings"], in: site.root)
        #expect(first.status == 0)
        let written = try #require(first.stderr.split(separator: "\n").last { $0.hasPrefix("files ") })
        try site.write("content/articles/a.md", page("A"))
        let again = try run(["build", "--timings"], in: site.root)
        #expect(again.status == 0)
        #expect(!again.stdout.contains("nothing changed"), "the stamp must not answer: \(again.stdout)")
        let count = try #require(written.split(separator: " ").compactMap { Int($0) }.first)
        #expect(count > 10)
        #expect(again.stderr.contains("files   0 written, \(count) unchanged\n"), "a no-change rebuild rewrites nothing")
        // Every file but the search index's terms and manifest and the handbook is made from
        // the outline and the pages it shows.
        let keepable = try FixtureSite.files(under: site.output).keys.count {
            $0 != "handbook/index.html" && !($0.hasPrefix("search/") && $0 != "search/index.html" && !$0.hasPrefix("search/d"))
        }
        #expect(again.stderr.hasSuffix("; pages: 1 from the cache, 0 converted; \(keepable) files kept\n"))
    }

    /// The build stamp lists the executable: a new `playbook` (an upgrade) builds everything again.
    @Test func aNewBinaryBuildsAgain() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A")])
        defer { site.remove() }
        let copy = site.root.appendingPathComponent("bin/playbook")
        func install() throws {
            // As an upgrade does: a new file renamed over the old one.
            let incoming = site.root.appendingPathComponent("bin/playbook.new")
            try FileManager.default.createDirectory(at: incoming.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.binary, to: incoming)
            #expect(rename(incoming.path, copy.path) == 0)
        }
        try install()
        #expect(try run(["build"], in: site.root, binary: copy).status == 0)
        #expect(try run(["build"], in: site.root, binary: copy).stdout.contains("(nothing changed since the last build)"))
        try install()
        let upgraded = try run(["build"], in: site.root, binary: copy)
        #expect(upgraded.status == 0)
        #expect(!upgraded.stdout.contains("nothing changed"), "the new binary's build: \(upgraded.stdout)")
        #expect(try run(["build"], in: site.root, binary: copy).stdout.contains("(nothing changed since the last build)"))
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
