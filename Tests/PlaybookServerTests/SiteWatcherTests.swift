import Foundation
import PlaybookSupport
import Synchronization
import Testing
@testable import PlaybookServer

@Suite struct SiteWatcherTests {
    static func makeRepository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("playbook.yml", "title: T\n")
        try folder.write("content/articles/a.md", "---\ntitle: A\n---\n")
        try folder.write("templates/layouts/page.mustache", "{{title}}")
        try folder.write("other/notes.md", "not watched")
        return folder
    }

    @Test func snapshotSeesAtomicSavesNewDeletedAndRenamedFiles() throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        let watcher = SiteWatcher(root: folder.url)
        let start = watcher.snapshot()
        #expect(Set(start.keys) == ["playbook.yml", "content/articles/a.md", "templates/layouts/page.mustache"])

        try folder.atomicSave("content/articles/a.md", "---\ntitle: B\n---\n")  // same size, new inode
        let saved = watcher.snapshot()
        #expect(saved != start)

        try folder.write("content/cases/new.md", "x")
        let added = watcher.snapshot()
        #expect(added.keys.contains("content/cases/new.md"))

        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("content/cases/new.md"),
                                         to: folder.url.appendingPathComponent("content/cases/renamed.md"))
        let renamed = watcher.snapshot()
        #expect(!renamed.keys.contains("content/cases/new.md") && renamed.keys.contains("content/cases/renamed.md"))

        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("playbook.yml"))
        #expect(!watcher.snapshot().keys.contains("playbook.yml"))
    }

    @Test(arguments: [".#a.md", "a.md~", ".a.md.swp", ".a.md.swx", "4913", "#a.md#", "a.md.tmp", "a.md___jb_tmp___", ".DS_Store"])
    func editorScratchFilesAreIgnored(_ name: String) throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        let watcher = SiteWatcher(root: folder.url)
        let before = watcher.snapshot()
        try folder.write("content/articles/\(name)", "scratch")
        #expect(watcher.snapshot() == before)
    }

    /// A burst of saves (a `git checkout`), each within the quiet period of the last, gives one
    /// rebuild. A later save gives the next one: had the burst given two, that save's rebuild
    /// would be the third.
    @Test func aBurstOfChangesGivesOneRebuild() async throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        // A long quiet period and an even longer longest wait, so the burst below settles well
        // inside them on a busy machine.
        var watcher = SiteWatcher(root: folder.url, interval: .milliseconds(20), quietPeriod: .milliseconds(500))
        watcher.longestWait = .seconds(60)
        let log = ChangeLog(watcher)
        let baseline = watcher.snapshot()  // before the task starts, so no change can fall into it
        let watching = Task { [watcher] in await watcher.watch(from: baseline) { _ in log.record() } }
        defer { watching.cancel() }
        for index in 0..<20 {
            try folder.write("content/articles/page-\(index).md", "---\ntitle: \(index)\n---\n")
            try await Task.sleep(for: .milliseconds(10))  // the burst outlasts `interval`
        }
        let first = try await log.wait(for: 1)
        #expect((0..<20).allSatisfy { first.contains("content/articles/page-\($0).md") })
        try folder.write("content/articles/after.md", "---\ntitle: After\n---\n")
        let changes = try await log.wait { $0.last?.contains("content/articles/after.md") == true }
        #expect(changes.count == 2, "the burst gave \(changes.count - 1) rebuilds")
    }

    /// The watcher watches a folder made after it started: with no safety comparison to fall
    /// back on, only its doorbell can see a save inside that folder.
    @Test func aFileInAFolderMadeAfterTheWatchStartedIsSeen() async throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        var watcher = SiteWatcher(root: folder.url)
        watcher.safetyInterval = .seconds(3600)
        let log = ChangeLog(watcher)
        let baseline = watcher.snapshot()  // before the task starts, so no change can fall into it
        let watching = Task { [watcher] in await watcher.watch(from: baseline) { _ in log.record() } }
        defer { watching.cancel() }
        // A first change, seen, shows the watch has started.
        try folder.atomicSave("content/articles/a.md", "---\ntitle: Started\n---\n")
        _ = try await log.wait(for: 1)
        try folder.write("content/exercises/first.md", "---\ntitle: First\n---\n")
        let made = try await log.wait(for: 2)
        #expect(made.contains("content/exercises/first.md"))
        let identity = made.identity("content/exercises/first.md")
        try folder.atomicSave("content/exercises/first.md", "---\ntitle: Changed\n---\n")
        let saved = try await log.wait(for: 3)
        #expect(saved.identity("content/exercises/first.md") != identity)
    }
}

/// What the watcher saw each time it called back (a snapshot taken in the call), for tests to
/// wait on with a generous deadline rather than sleep a fixed time.
final class ChangeLog: Sendable {
    struct Seen: Sendable {
        let files: [String: FileIdentity]
        func contains(_ path: String) -> Bool { files[path] != nil }
        func identity(_ path: String) -> FileIdentity? { files[path] }
    }

    private let watcher: SiteWatcher
    private let seen = Mutex<[Seen]>([])

    init(_ watcher: SiteWatcher) {
        self.watcher = watcher
    }

    func record() {
        let files = watcher.snapshot()
        seen.withLock { $0.append(Seen(files: files)) }
    }

    /// Waits until the watcher has called back `count` times, then returns what it saw the
    /// `count`th time; fails after `timeout`.
    func wait(for count: Int, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation) async throws -> Seen {
        try await wait(timeout: timeout, sourceLocation: sourceLocation) { $0.count >= count }[count - 1]
    }

    /// Waits until `condition` holds of every call back so far, and returns them.
    func wait(timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation,
              until condition: ([Seen]) -> Bool) async throws -> [Seen] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let calls = seen.withLock { $0 }
            if condition(calls) { return calls }
            guard ContinuousClock.now < deadline else {
                Issue.record("waited \(timeout) for the watcher; it called back \(calls.count) times", sourceLocation: sourceLocation)
                throw CancellationError()
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
