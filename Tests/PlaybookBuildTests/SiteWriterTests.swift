import Foundation
import Testing
import Synchronization
@testable import PlaybookBuild
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport

/// The writer keeps a failed build's previous site byte for byte, never rewrites a file whose
/// bytes did not change, and brings the output's files and folders to exactly the new site's. Each test has its own folder, removed when the test ends.
final class SiteWriterTests {
    let folder: URL
    var site: URL { folder.appendingPathComponent("site") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func files(_ contents: [String: String]) -> [OutputFile] {
        contents.map { OutputFile(path: $0.key, data: Data($0.value.utf8)) }.sorted { $0.path < $1.path }
    }

    /// Path → (bytes, inode, modification time) of every file under the site.
    func snapshot() throws -> [String: (Data, Int, Date)] {
        var result: [String: (Data, Int, Date)] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: site.path)! {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.path + "/" + path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            result[path] = (try Data(contentsOf: site.appendingPathComponent(path)),
                            attributes[.systemFileNumber] as! Int, attributes[.modificationDate] as! Date)
        }
        return result
    }

    func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "site" }
    }

    @Test func unchangedFilesKeepTheirInodeAndTimeWhenAnotherFileChanges() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home", "a/index.html": "a", "b/index.html": "b", "old/index.html": "gone"]))
        let before = try snapshot()

        let summary = try writer.write(files(["index.html": "home", "a/index.html": "a, edited", "b/index.html": "b",
                                              "c/d/e/index.html": "new"]))

        let after = try snapshot()
        #expect(summary == SiteWriter.Summary(written: 2, unchanged: 2))
        #expect(after.keys.sorted() == ["a/index.html", "b/index.html", "c/d/e/index.html", "index.html"])
        for path in ["index.html", "b/index.html"] {
            #expect(after[path]!.1 == before[path]!.1, "inode of \(path)")
            #expect(after[path]!.2 == before[path]!.2, "modification time of \(path)")
        }
        #expect(after["a/index.html"]!.1 != before["a/index.html"]!.1, "a changed file is a new file, renamed over the old one")
        #expect(after["a/index.html"]!.0 == Data("a, edited".utf8))
        #expect(after["c/d/e/index.html"]!.0 == Data("new".utf8))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("old").path))
        #expect(try leftovers().isEmpty)
    }

    @Test func aDeletedPagesFileAndItsEmptiedFoldersGoWhileAFolderStillInUseStays() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home", "guide/a/index.html": "a", "guide/b/index.html": "b",
                                "guide/b/deep/er/index.html": "c"]))
        let folderInode = try FileManager.default.attributesOfItem(atPath: site.path + "/guide")[.systemFileNumber] as! Int

        let summary = try writer.write(files(["index.html": "home", "guide/b/index.html": "b"]))

        #expect(summary == SiteWriter.Summary(written: 0, unchanged: 2))
        #expect(try snapshot().keys.sorted() == ["guide/b/index.html", "index.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path + "/guide") == ["b"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path + "/guide/b") == ["index.html"])
        #expect(try FileManager.default.attributesOfItem(atPath: site.path + "/guide")[.systemFileNumber] as! Int == folderInode)
    }

    @Test func aFileWhereAFolderNowGoesAndAFolderWhereAFileNowGoesAreReplaced() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["a": "a file", "b/index.html": "b", "b/c/index.html": "c"]))

        try writer.write(files(["a/index.html": "a page", "b": "b file"]))

        let after = try snapshot()
        #expect(after.keys.sorted() == ["a/index.html", "b"])
        #expect(after["a/index.html"]!.0 == Data("a page".utf8) && after["b"]!.0 == Data("b file".utf8))
        #expect(try leftovers().isEmpty)
    }

    @Test func aSymbolicLinkWhereAFileGoesIsReplacedAndItsTargetLeftAlone() throws {
        let target = folder.appendingPathComponent("elsewhere.html")
        try Data("page".utf8).write(to: target)
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home"]))
        try FileManager.default.createSymbolicLink(atPath: site.path + "/page.html", withDestinationPath: target.path)

        #expect(try writer.write(files(["index.html": "home", "page.html": "page"])) == SiteWriter.Summary(written: 1, unchanged: 1))

        #expect(try snapshot()["page.html"]!.0 == Data("page".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: site.path + "/page.html")[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOf: target, encoding: .utf8) == "page")
    }

    @Test func aPageKeptByTheBuildCacheIsTheOldFileItself() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home", "a/index.html": "a"]))
        let before = try snapshot()

        // Kept files are never read: were this one, its path, which holds nothing, would fail the write.
        let kept = OutputFile(path: "a/index.html", keeping: site.path + "/a/nothing-here.html")
        #expect(try writer.write(files(["index.html": "home, edited"]) + [kept]) == SiteWriter.Summary(written: 1, unchanged: 1))

        #expect(try snapshot()["a/index.html"]!.1 == before["a/index.html"]!.1)
        #expect(try leftovers().isEmpty)
    }

    @Test func theFirstBuildMakesTheOutputAndTheFoldersAboveIt() throws {
        let output = folder.appendingPathComponent("deep/er/site")
        let summary = try SiteWriter(output: output).write(files(["index.html": "home", "a/b/index.html": "b"]))

        #expect(summary == SiteWriter.Summary(written: 2, unchanged: 0))
        #expect(try String(contentsOf: output.appendingPathComponent("a/b/index.html"), encoding: .utf8) == "b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/deep/er") == ["site"])
    }

    @Test func aBuildWithNoChangeTouchesNothing() throws {
        let writer = SiteWriter(output: site)
        let site = files(["index.html": "home", "a/index.html": "a", "theme/style.css": "body {}"])
        try writer.write(site)
        let folderInode = try FileManager.default.attributesOfItem(atPath: self.site.path)[.systemFileNumber] as! Int
        let before = try snapshot()

        let staged = try writer.stage(site)
        guard case .none = staged.change else {
            Issue.record("a build with no change stages a change")
            return
        }
        #expect(try staged.commit() == SiteWriter.Summary(written: 0, unchanged: 3))

        #expect(try FileManager.default.attributesOfItem(atPath: self.site.path)[.systemFileNumber] as! Int == folderInode)
        let after = try snapshot()
        for (path, old) in before {
            #expect(after[path]!.1 == old.1 && after[path]!.2 == old.2, "\(path) untouched")
        }
        #expect(try leftovers().isEmpty)
    }

    @Test func aStaleFileInThePreviousSiteIsRemovedEvenWhenEveryOtherFileIsUnchanged() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home", "stale/index.html": "old page"]))
        try writer.write(files(["index.html": "home"]))
        #expect(try snapshot().keys.sorted() == ["index.html"])
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("stale").path))
    }

    @Test func aFailedStagingLeavesThePreviousSiteByteForByte() throws {
        let writer = SiteWriter(output: site)
        let pages = (0..<200).map { "p\($0)/index.html" }
        try writer.write(files(Dictionary(uniqueKeysWithValues: pages.map { ($0, "old") })))
        let before = try snapshot()

        // Every page changes, a new one comes, one goes, and one file cannot be read: the others
        // are staged, then the staging is dropped.
        var edited = Dictionary(uniqueKeysWithValues: pages.dropFirst().map { ($0, "new") })
        edited["new/deep/index.html"] = "new page"
        let unreadable = OutputFile(path: "assets/x.png", copying: folder.appendingPathComponent("nowhere.png"))
        #expect(throws: (any Error).self) { try writer.write(files(edited) + [unreadable]) }

        let after = try snapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, old) in before {
            #expect(after[path]!.0 == old.0 && after[path]!.1 == old.1 && after[path]!.2 == old.2, "\(path) untouched")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).count == 200)
        #expect(try leftovers().isEmpty)
    }

    @Test func aPathThatIsBothAFileAndAFolderFailsBeforeAnythingIsWritten() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home", "a/index.html": "a"]))
        let before = try snapshot()

        #expect(throws: SiteWriter.FileAndFolder.self) {
            try writer.write(files(["index.html": "home, edited", "a/index.html": "a", "a/index.html/x": "x"]))
        }

        let after = try snapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, old) in before { #expect(after[path]!.0 == old.0 && after[path]!.1 == old.1, "\(path) untouched") }
        #expect(try leftovers().isEmpty)
    }

    @Test func aCopiedAssetIsComparedByItsBytes() throws {
        let source = folder.appendingPathComponent("logo.svg")
        try Data("<svg/>".utf8).write(to: source)
        let writer = SiteWriter(output: site)
        let asset = OutputFile(path: "assets/logo.svg", copying: source)
        try writer.write(files(["index.html": "home"]) + [asset])
        let before = try snapshot()

        #expect(try writer.write(files(["index.html": "home, edited"]) + [asset]) == SiteWriter.Summary(written: 1, unchanged: 1))
        #expect(try snapshot()["assets/logo.svg"]!.1 == before["assets/logo.svg"]!.1)

        try Data("<svg></svg>".utf8).write(to: source)
        #expect(try writer.write(files(["index.html": "home, edited"]) + [asset]) == SiteWriter.Summary(written: 1, unchanged: 1))
        #expect(try snapshot()["assets/logo.svg"]!.0 == Data("<svg></svg>".utf8))
    }

    @Test func aMissingFileToCopyFailsBeforeAnythingIsWritten() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home"]))
        let missing = OutputFile(path: "assets/x.png", copying: folder.appendingPathComponent("nowhere.png"))
        #expect(throws: (any Error).self) { try writer.write(files(["index.html": "changed"]) + [missing]) }
        #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "home")
        #expect(try leftovers().isEmpty)
    }
}

/// Files written in pieces (the handbook, the search index's script) compare and write like
/// one buffer.
struct SiteWriterPiecesTests {
    @Test func piecesAreWrittenInOrderAndCompareEqualToTheSameBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-pieces-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let writer = SiteWriter(output: site)
        try writer.write([OutputFile(path: "handbook/index.html") { .text(["<main>", "", "共情 ", "</main>\n"]) }])
        #expect(try String(contentsOf: site.appendingPathComponent("handbook/index.html"), encoding: .utf8) == "<main>共情 </main>\n")
        let same = try writer.write([OutputFile(path: "handbook/index.html", data: Data("<main>共情 </main>\n".utf8))])
        #expect(same == SiteWriter.Summary(written: 0, unchanged: 1))
        let changed = try writer.write([OutputFile(path: "handbook/index.html") { .text(["<main>", "共情!", "</main>\n"]) }])
        #expect(changed == SiteWriter.Summary(written: 1, unchanged: 0))
    }
}

/// A stream (the handbook) is made while it is written, so it is compared while written: an
/// unchanged one keeps the previous file, inode and all; a changed or longer one replaces it.
struct SiteWriterStreamTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-stream-\(UUID().uuidString)")
    var site: URL { folder.appendingPathComponent("site") }

    final class Calls: Sendable {
        let count = Mutex(0)
    }

    /// More pieces than one batch, each made on demand; `made` counts the calls.
    static func stream(_ last: String, made: Calls? = nil) -> FileBytes {
        .stream(PieceStream(count: 150) { index in
            made?.count.withLock { $0 += 1 }
            return index == 149 ? last : "<p>\(index) 共情</p>\n"
        })
    }

    static let expected = (0..<149).map { "<p>\($0) 共情</p>\n" }.joined()

    func inode() throws -> Int {
        try FileManager.default.attributesOfItem(atPath: site.path + "/handbook/index.html")[.systemFileNumber] as! Int
    }

    @Test func piecesAreMadeOnceInOrderAndAnUnchangedStreamKeepsTheFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = SiteWriter(output: site)
        let made = Calls()
        try writer.write([OutputFile(path: "handbook/index.html") { Self.stream("end", made: made) }])
        #expect(made.count.withLock { $0 } == 150)
        #expect(try String(contentsOf: site.appendingPathComponent("handbook/index.html"), encoding: .utf8) == Self.expected + "end")
        let first = try inode()

        let same = try writer.write([OutputFile(path: "handbook/index.html") { Self.stream("end") }])
        #expect(same == SiteWriter.Summary(written: 0, unchanged: 1))
        #expect(try inode() == first)

        for last in ["End", "end!", "en"] {
            let changed = try writer.write([OutputFile(path: "handbook/index.html") { Self.stream(last) }])
            #expect(changed == SiteWriter.Summary(written: 1, unchanged: 0), "last piece \(last)")
            #expect(try String(contentsOf: site.appendingPathComponent("handbook/index.html"), encoding: .utf8) == Self.expected + last)
        }
    }
}
