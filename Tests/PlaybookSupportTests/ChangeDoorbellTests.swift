import Foundation
import Testing
import PlaybookSupport

/// The doorbell says when a folder is watched for the first time, so that the watcher scans it
/// again: a file made in it before its watch was added rang nothing.
@Suite struct ChangeDoorbellTests {
    #if canImport(Glibc)
    @Test func aFolderWatchedForTheFirstTimeIsSaidSo() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("doorbell-\(UUID().uuidString)")
        let inner = root.appendingPathComponent("inner")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let doorbell = try #require(ChangeDoorbell())
        #expect(doorbell.watch([root.path]), "a new watch")
        #expect(!doorbell.watch([root.path]), "the same folder again")
        #expect(doorbell.watch([root.path, inner.path]), "one of them new")
        #expect(!doorbell.rang(), "nothing changed yet")
        try Data("x".utf8).write(to: inner.appendingPathComponent("a.md"))
        #expect(doorbell.rang(), "a file made in a watched folder rings")
    }
    #endif
}
