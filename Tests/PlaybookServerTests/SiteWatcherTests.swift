import Foundation
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

    @Test func aBurstOfChangesGivesOneRebuild() async throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        // A long quiet period, so the burst below settles well inside it on a busy machine.
        let watcher = SiteWatcher(root: folder.url, interval: .milliseconds(20), quietPeriod: .milliseconds(400))
        let changes = Mutex(0)
        let watching = Task { await watcher.watch { changes.withLock { $0 += 1 } } }
        defer { watching.cancel() }
        try await Task.sleep(for: .milliseconds(100))  // the first snapshot is taken
        for index in 0..<50 { try folder.write("content/articles/page-\(index).md", "---\ntitle: \(index)\n---\n") }
        let deadline = ContinuousClock.now + .seconds(20)
        while changes.withLock({ $0 }) == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        try await Task.sleep(for: .milliseconds(500))
        #expect(changes.withLock { $0 } == 1)
    }

    @Test func aFileInAFolderMadeAfterTheWatchStartedIsSeen() async throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        let watcher = SiteWatcher(root: folder.url)
        let changes = Mutex(0)
        let watching = Task { await watcher.watch { changes.withLock { $0 += 1 } } }
        defer { watching.cancel() }
        try await Task.sleep(for: .milliseconds(100))
        try folder.write("content/exercises/first.md", "---\ntitle: First\n---\n")
        try await Self.wait { changes.withLock { $0 } == 1 }
        try folder.atomicSave("content/exercises/first.md", "---\ntitle: Changed\n---\n")
        try await Self.wait { changes.withLock { $0 } == 2 }
        #expect(changes.withLock { $0 } == 2)
    }

    /// Polls `condition` until it holds or 20 seconds have passed.
    static func wait(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while !condition(), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
    }
}
