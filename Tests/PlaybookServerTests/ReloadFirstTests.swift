import Foundation
import PlaybookModel
import PlaybookSupport
import Synchronization
import Testing
@testable import PlaybookBuild
@testable import PlaybookServer

/// The preview reloads first: an edit's pages are written and the reload goes out before the
/// site-wide files (handbook, search index, feeds, phrases.json) are brought up to date; those
/// are never seen half-written; a newer save stops the step that updates them.
@Suite struct ReloadFirstTests {
    static func page(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\ntags: [calm]\n---\n\n\(body)\n"
    }

    static func makePlaybook() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("playbook.yml", "title: Test playbook\nlanguages: [en, zh]\nbaseURL: https://example.org/\n")
        try folder.write("content/articles/listen.md", page("Listen", "## One\n\nFirst version of the page."))
        try folder.write("content/articles/recall.md", page("Recall", "## Two\n\nSee [listen](listen.md#one)."))
        try folder.write("content/articles/listen.zh.md", page("倾听", "## 一\n\n共情。"))
        return folder
    }

    static func text(_ folder: URL, _ path: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// Every file under `folder`, by relative path.
    static func files(under folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.path.dropFirst(folder.path.count + 1))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// A clean `playbook build` of the same sources, as `serve` configures it.
    static func cleanBuild(of root: URL) -> [String: Data] {
        let output = root.appendingPathComponent("clean")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(root: root, output: output, includeDrafts: true, baseURL: "/")
        options.usesCache = false
        #expect(SiteBuilder(options: options).build().didWrite)
        return files(under: output)
    }

    static func previewOptions(_ root: URL) -> BuildOptions {
        BuildOptions(root: root, output: root.appendingPathComponent("preview"), includeDrafts: true, baseURL: "/")
    }

    /// The preview's first build of `folder`, site-wide files written.
    static func firstPreview(of folder: TemporaryFolder) throws -> (BuildOptions, BuildCache, PreviewOutput, PreviewStep) {
        let options = previewOptions(folder.url)
        let cache = BuildCache(), output = PreviewOutput(folder: options.output)
        let step = try #require(SiteBuilder(options: options, cache: cache, preview: output).buildPages().preview)
        _ = PreviewBuild.finish(step, output: output, cache: cache, stop: StopFlag())
        return (options, cache, output, step)
    }

    @Test func aFullBuildWritesThePagesBeforeTheSiteWideFiles() throws {
        let folder = try Self.makePlaybook()
        defer { folder.remove() }
        let options = Self.previewOptions(folder.url)
        let cache = BuildCache(), output = PreviewOutput(folder: options.output)
        let first = SiteBuilder(options: options, cache: cache, preview: output).buildPages()
        let firstStep = try #require(first.preview)
        #expect(!FileManager.default.fileExists(atPath: options.output.appendingPathComponent("handbook/index.html").path))
        _ = PreviewBuild.finish(firstStep, output: output, cache: cache, stop: StopFlag())
        #expect(Self.text(options.output, "handbook/index.html").contains("First version of the page."))

        try folder.atomicSave("content/articles/listen.md", Self.page("Listen", "## One\n\nSecond version of the page."))
        let second = SiteBuilder(options: options, cache: cache, preview: output).buildPages()
        #expect(Self.text(options.output, "articles/listen/index.html").contains("Second version of the page."))
        #expect(Self.text(options.output, "handbook/index.html").contains("First version of the page."), "the handbook waits for the step after the reload")
        _ = PreviewBuild.finish(try #require(second.preview), output: output, cache: cache, stop: StopFlag())
        #expect(Self.files(under: options.output) == Self.cleanBuild(of: folder.url))
    }

    /// A body edit is written alone, then `refresh` and `finish` give a clean build's output.
    @Test func aBodyEditWritesItsPageAloneAndTheSiteWideStepCatchesUp() throws {
        let folder = try Self.makePlaybook()
        defer { folder.remove() }
        let (options, cache, output, step) = try Self.firstPreview(of: folder)
        let base = PreviewBuild.base(of: step)
        let before = Self.files(under: options.output)

        try folder.atomicSave("content/articles/listen.md", Self.page("Listen", "## One\n\nSecond version of the page."))
        let edit = try #require(PreviewBuild.quick(["content/articles/listen.md"], base: base, output: output))
        #expect(edit.pageCount == 1)
        let after = Self.files(under: options.output)
        #expect(Set(after.keys.filter { after[$0] != before[$0] }) == ["articles/listen/index.html"])
        #expect(Self.text(options.output, "articles/listen/index.html").contains("Second version of the page."))

        let refreshed = try #require(PreviewBuild.refresh(["content/articles/listen.md"], base: base))
        _ = PreviewBuild.finish(refreshed, output: output, cache: cache, stop: StopFlag())
        #expect(Self.files(under: options.output) == Self.cleanBuild(of: folder.url))
    }

    /// What a body edit cannot do alone: a new title (lists show it), a heading another page
    /// links to, a broken link. Each needs a full build.
    @Test(arguments: [
        ("a title", page("Listen closely", "## One\n\nFirst version of the page.")),
        ("an anchor recall.md links to", page("Listen", "## Renamed\n\nFirst version of the page.")),
        ("a broken link", page("Listen", "## One\n\nSee [nothing](missing.md).")),
    ])
    func anEditBeyondTheBodyNeedsAFullBuild(_ what: String, _ text: String) throws {
        let folder = try Self.makePlaybook()
        defer { folder.remove() }
        let options = Self.previewOptions(folder.url)
        let output = PreviewOutput(folder: options.output)
        let step = try #require(SiteBuilder(options: options, cache: BuildCache(), preview: output).buildPages().preview)
        try folder.atomicSave("content/articles/listen.md", text)
        #expect(PreviewBuild.quick(["content/articles/listen.md"], base: PreviewBuild.base(of: step), output: output) == nil, "\(what)")
        #expect(Self.text(options.output, "articles/listen/index.html").contains("First version of the page."))
    }

    @Test func aStoppedSiteWideStepLeavesTheFilesItDidNotReachAsTheyWere() throws {
        let folder = try Self.makePlaybook()
        defer { folder.remove() }
        let (options, cache, output, _) = try Self.firstPreview(of: folder)
        try folder.atomicSave("content/articles/listen.md", Self.page("Listen", "## One\n\nSecond version of the page."))
        let second = try #require(SiteBuilder(options: options, cache: cache, preview: output).buildPages().preview)
        let pagesWritten = Self.files(under: options.output)
        let stop = StopFlag()
        stop.raise()
        _ = PreviewBuild.finish(second, output: output, cache: cache, stop: stop)
        #expect(Self.files(under: options.output) == pagesWritten)
        #expect(Self.text(options.output, "handbook/index.html").contains("First version of the page."))
        _ = PreviewBuild.finish(second, output: output, cache: cache, stop: StopFlag())
        #expect(Self.text(options.output, "handbook/index.html").contains("Second version of the page."))
    }

    /// A file being rewritten is read whole, as it was, until the new one is complete.
    @Test func aFileBeingRewrittenIsServedWholeAsItWas() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = PreviewOutput(folder: folder.url)
        try output.write([OutputFile(path: "search/index.json", data: Data("[\"old\"]".utf8))], siteWide: true)
        let halfway = DispatchSemaphore(value: 0), goOn = DispatchSemaphore(value: 0)
        let stream = PieceStream(count: 3) { piece in
            if piece == 1 {
                halfway.signal()
                goOn.wait()
            }
            return ["[\"new", "er\"", "]"][piece]
        }
        let writing = Task.detached { try output.write([OutputFile(path: "search/index.json") { .stream(stream) }], siteWide: true) }
        await Task.detached { halfway.wait() }.value
        let lookup = SiteFolder(root: folder.url).lookup("/search/index.json")
        guard case .file(let url) = lookup else { Issue.record("not found: \(lookup)"); return }
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == "[\"old\"]")
        goOn.signal()
        _ = try await writing.value
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == "[\"newer\"]")
    }

    /// Through the server's coordinator: the open pages hear `reload` before the site-wide
    /// step ends, and after two quick saves the site-wide files show the second.
    @Test func theCoordinatorReloadsBeforeTheSiteWideStepAndANewerSaveWins() async throws {
        let folder = try Self.makePlaybook()
        defer { folder.remove() }
        let options = Self.previewOptions(folder.url)
        let log = Mutex<[String]>([])
        let hub = EventHub(version: "t-0")
        let coordinator = RebuildCoordinator(options: options, hub: hub, serverID: "t") { report in
            switch report {
            case .built: log.withLock { $0.append("built") }
            case .edited: log.withLock { $0.append("edited") }
            case .finished(_, _, let stopped): log.withLock { $0.append(stopped ? "stopped" : "finished") }
            case .serving, .portInUse: break
            }
        }
        let events = await hub.subscribe()
        let listening = Task {
            for await event in events where event.name == "reload" { log.withLock { $0.append("reload") } }
        }
        defer { listening.cancel() }

        await coordinator.rebuild()
        await coordinator.settle()
        try folder.atomicSave("content/articles/listen.md", Self.page("Listen", "## One\n\nSecond version of the page."))
        await coordinator.rebuild(changed: ["content/articles/listen.md"])
        try folder.atomicSave("content/articles/listen.md", Self.page("Listen", "## One\n\nThird version of the page."))
        await coordinator.rebuild(changed: ["content/articles/listen.md"])
        #expect(Self.text(options.output, "articles/listen/index.html").contains("Third version of the page."))
        await coordinator.settle()
        #expect(Self.text(options.output, "handbook/index.html").contains("Third version of the page."))
        #expect(Self.files(under: options.output) == Self.cleanBuild(of: folder.url))
        await hub.close()
        _ = await listening.value

        let entries = log.withLock { $0 }
        #expect(entries.filter { $0 == "reload" }.count == 3, "one per build: \(entries)")
        let reports = entries.filter { $0 != "reload" }
        #expect(reports.filter { $0 == "edited" }.count == 2, "\(reports)")
        // A build reports after its reload went out; each site-wide step ends after a build.
        #expect(reports.first == "built", "\(reports)")
        #expect(reports.last == "finished", "\(reports)")
    }
}
