import Foundation
import Testing
@testable import PlaybookBuild

/// The `pages` record of the build cache reads back as written, and not at all once damaged.
@Suite struct KeptPagesTests {
    @Test func theRecordReadsBackAsWrittenAndNotAtAllWhenDamaged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kept-\(UUID().uuidString)")
        let output = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("a"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: output.appendingPathComponent("a/index.html"))
        try Data("y".utf8).write(to: output.appendingPathComponent("été 倾听.html"))
        KeptPages.record(outline: "0123", files: [("a/index.html", "entry1"), ("été 倾听.html", KeptPages.noPage), ("gone.html", "e")],
                         kept: [:], output: output, in: folder)
        let record = try #require(KeptPages.load(from: folder))
        #expect(record.outline == "0123")
        #expect(record.files.keys.sorted() == ["a/index.html", "été 倾听.html"], "a file not there is not recorded")
        #expect(record.files["a/index.html"]?.hasPrefix("entry1 ") == true)
        #expect(record.files["été 倾听.html"]?.hasPrefix("- ") == true)

        let file = folder.appendingPathComponent(KeptPages.fileName)
        let bytes = try Data(contentsOf: file)
        for damaged in [bytes.prefix(bytes.count - 1), bytes.prefix(bytes.count / 2), Data(),
                        { var flipped = bytes; flipped[10] ^= 0x01; return flipped }()] {
            try damaged.write(to: file)
            #expect(KeptPages.load(from: folder) == nil)
        }
    }

    @Test func keepableIsTheFilesWithTheSameOutlineEntryAndIdentity() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kept-\(UUID().uuidString)")
        let output = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("a"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = (0..<40).map { "a/page-\($0).html" } + ["été 倾听.html", "edited.html", "deleted.html", "other entry.html"]
        for name in names { try Data(name.utf8).write(to: output.appendingPathComponent(name)) }
        let files = names.map { (path: $0, entry: $0.hasPrefix("a/") ? "entry-\($0)" : KeptPages.noPage) }
        KeptPages.record(outline: "0123", files: files, kept: [:], output: output, in: folder)
        let record = try #require(KeptPages.load(from: folder))
        let listing = try #require(OutputListing(folder: output.path))
        #expect(record.keepable(files, outline: "0123", listing: listing) == record.files, "every file as the build left it")
        #expect(record.keepable(files, outline: "4567", listing: listing).isEmpty, "another outline keeps nothing")

        // A file changed by hand (a new change time, even with the same bytes) or deleted, or
        // shown from another entry, is made again; the others are kept as recorded.
        Thread.sleep(forTimeInterval: 0.01)
        try Data("edited.html".utf8).write(to: output.appendingPathComponent("edited.html"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("deleted.html"))
        let asked = files.map { $0.path == "other entry.html" ? (path: $0.path, entry: "entry-new") : $0 }
        let kept = record.keepable(asked, outline: "0123", listing: try #require(OutputListing(folder: output.path)))
        #expect(kept.keys.sorted() == names.filter { !["edited.html", "deleted.html", "other entry.html"].contains($0) }.sorted())
        #expect(kept.allSatisfy { record.files[$0.key] == $0.value })
    }
}
