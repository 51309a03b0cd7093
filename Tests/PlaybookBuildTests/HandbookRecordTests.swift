import Foundation
import Testing
@testable import PlaybookBuild

/// The handbook record reads back exactly as it was written, and not at all when any byte of
/// it changed, or when it was cut short.
struct HandbookRecordTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-record-\(UUID().uuidString)")

    @Test func theRecordReadsBackAndADamagedOneDoesNot() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site"), cache = folder.appendingPathComponent("cache")
        for path in ["handbook", "zh/handbook"] {
            try FileManager.default.createDirectory(at: output.appendingPathComponent(path), withIntermediateDirectories: true)
            try Data("<main>一二三</main>".utf8).write(to: output.appendingPathComponent(path + "/index.html"))
        }
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        HandbookRecord.record(outline: "outline 共 1", books: [
            ("handbook/index.html", ["e1", "e2"], [6..<9, 9..<15]), ("zh/handbook/index.html", ["e1"], [0..<21]),
        ], output: output, in: cache)
        let record = try #require(HandbookRecord.load(from: cache))
        #expect(record.outline == "outline 共 1")
        #expect(record.books.keys.sorted() == ["handbook/index.html", "zh/handbook/index.html"])
        let book = try #require(record.books["handbook/index.html"])
        #expect(book.size == 22 && book.articles.map(\.entry) == ["e1", "e2"] && book.articles.map(\.bytes) == [6..<9, 9..<15])
        #expect(record.books["zh/handbook/index.html"]?.articles.map(\.bytes) == [0..<21])

        let file = cache.appendingPathComponent(HandbookRecord.fileName)
        let bytes = try Data(contentsOf: file)
        for damaged in [bytes.dropLast(), bytes.dropFirst(), Data(bytes.map { $0 == UInt8(ascii: "6") ? UInt8(ascii: "7") : $0 }), Data()] {
            try damaged.write(to: file)
            #expect(HandbookRecord.load(from: cache) == nil)
        }
    }
}
