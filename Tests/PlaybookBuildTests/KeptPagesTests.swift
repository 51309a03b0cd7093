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
}
