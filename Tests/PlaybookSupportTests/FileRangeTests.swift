import Foundation
import Testing
import PlaybookSupport

/// A stream's bytes of a file are written as they are, and compared with the previous file
/// like any other bytes, except that bytes of that very file at the offset reached are known
/// to be there: a file left unchanged is still reported so, and a changed one never is.
struct FileRangeTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-range-\(UUID().uuidString)")

    /// Larger than one chunk, with characters of several bytes cut nowhere in particular.
    static let head = String(repeating: "<p>共情 listen</p>\n", count: 80_000)
    static let article = "<article>一 one</article>\n"
    static let tail = "</main>\n" + String(repeating: "尾", count: 1000)
    static var old: String { head + article + tail }

    func write(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The old file's head and tail as bytes of `source`, the article in between as text.
    func stream(from source: ReadableFile, article: String) -> FileBytes {
        let head = Self.head.utf8.count, end = Self.old.utf8.count
        let pieces: [StreamPiece] = [.bytes(FileRange(source, 0..<head)), .text(article),
                                     .bytes(FileRange(source, head + Self.article.utf8.count ..< end))]
        return .stream(PieceStream(count: pieces.count, pieces: { pieces[$0] }))
    }

    func made(_ path: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
    }

    @Test func bytesOfTheComparedFileItselfAreKnownToBeThere() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try write("old", Self.old)
        let source = try ReadableFile(path: old)
        let cases = [(Self.article, true), ("<article>二 two</article>\n", false), ("<article>longer</article>\n\n", false), ("", false)]
        for (number, (article, same)) in cases.enumerated() {
            let path = folder.appendingPathComponent("new\(number)").path
            #expect(try FileCalls.create(path, with: stream(from: source, article: article), comparingWith: old) == same, "\(article)")
            #expect(try made(path) == Self.head + article + Self.tail)
        }
    }

    @Test func bytesOfAnotherFileAreCompared() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try write("old", Self.old)
        let copy = try ReadableFile(path: write("copy", Self.old))
        #expect(try FileCalls.create(folder.appendingPathComponent("same").path, with: stream(from: copy, article: Self.article),
                                     comparingWith: old))
        // A copy whose tail differs from the compared file's, at the very offset.
        let changed = try ReadableFile(path: write("changed", Self.head + Self.article + "</MAIN>\n" + Self.tail.dropFirst(8)))
        let path = folder.appendingPathComponent("changed-new").path
        #expect(try !FileCalls.create(path, with: stream(from: changed, article: Self.article), comparingWith: old))
        #expect(try made(path) == Self.head + Self.article + "</MAIN>\n" + Self.tail.dropFirst(8))
        // Nothing to compare with: the bytes are written all the same.
        let alone = folder.appendingPathComponent("alone").path
        try FileCalls.create(alone, with: stream(from: copy, article: "<article>x</article>\n"))
        #expect(try made(alone) == Self.head + "<article>x</article>\n" + Self.tail)
    }

    /// Four chunks and more, repeating every 10 bytes except for one byte in the third chunk,
    /// so that bytes moved by 10 are the same until that one.
    static let repeating: [UInt8] = {
        var bytes = [UInt8](String(repeating: "0123456789", count: 450_000).utf8)
        bytes[2_500_003] = UInt8(ascii: "#")
        return bytes
    }()

    /// Ranges of the compared file itself at a shifted offset are compared like other bytes, also
    /// after several chunks; the file is written right however text, ranges that are compared
    /// and ranges that are not follow one another.
    @Test func rangesOfTheComparedFileElsewhereAreCompared() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try write("old", String(decoding: Self.repeating, as: UTF8.self))
        let source = try ReadableFile(path: old)
        let end = Self.repeating.count
        func range(_ bytes: Range<Int>) -> StreamPiece { .bytes(FileRange(source, bytes)) }
        let cases: [(name: String, pieces: [StreamPiece], same: Bool)] = [
            // At their own offset, then text, then moved by 10 (the same bytes), then at their own offset again.
            ("kept", [range(0..<1_000_000), .text("0123456789"), range(1_000_000..<2_000_000), range(2_000_010..<end)], true),
            // Moved by 10 over the one byte that is not repeated, then the last bytes at their own offset.
            ("shifted", [.text("0123456789"), range(0..<end - 20), range(end - 10..<end)], false),
            // Moved by 10, ending before the byte that is not repeated, then the rest at its own offset.
            ("shifted before", [.text("0123456789"), range(0..<2_000_000), range(2_000_010..<end)], true),
            ("shorter", [range(0..<end - 1)], false),
            ("longer", [range(0..<end), .text("0")], false),
        ]
        for (name, pieces, same) in cases {
            let path = folder.appendingPathComponent(name).path
            let bytes = FileBytes.stream(PieceStream(count: pieces.count, pieces: { pieces[$0] }))
            #expect(try FileCalls.create(path, with: bytes, comparingWith: old) == same, "\(name)")
            let expected = pieces.reduce(into: [UInt8]()) { made, piece in
                switch piece {
                case .text(let text): made += text.utf8
                case .bytes(let range): made += Self.repeating[range.range]
                }
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected), "\(name)")
        }
    }

    @Test func aRangeBeyondTheFileFailsTheWrite() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let short = try write("short", "short")
        let source = try ReadableFile(path: short)
        let bytes = FileBytes.stream(PieceStream(count: 1, pieces: { _ in .bytes(FileRange(source, 0..<100)) }))
        let error = #expect(throws: FileCalls.Failure.self) { try FileCalls.create(folder.appendingPathComponent("new").path, with: bytes) }
        #expect(error?.action == "read" && error?.path == short)
    }
}
