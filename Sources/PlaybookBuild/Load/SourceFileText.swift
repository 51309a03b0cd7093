import Foundation
import PlaybookModel
import PlaybookSupport

/// Decoding a source file's bytes into the text every later stage sees.
public enum SourceFileText {
    /// UTF-8 only; nil for anything else so the caller can say so at the file.
    public static func decode(_ data: Data) -> String? {
        String(data: data, encoding: .utf8).map(normalize)
    }

    /// Drops a byte-order mark and turns CRLF and lone CR line ends into LF.
    static func normalize(_ text: String) -> String {
        var text = text
        // `hasPrefix` compares `Character`s: asked only of a text that starts as a mark does.
        if text.utf8.first == 0xEF, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // `holdsByte` looks at many bytes at a time, where `utf8.contains` walks the view index
        // by index: every page is checked on every build.
        guard text.holdsByte(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The error for bytes that are not UTF-8 (`decode` gave nil), at the first byte that is
    /// not: its line, its character column, and the line shown with each such byte as `�`.
    static func notUTF8(_ data: Data, file: String) -> Diagnostic {
        let bytes = [UInt8](data)
        let bad = firstInvalidOffset(in: bytes) ?? 0
        let lineStart = bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let lineEnd = bytes[bad...].firstIndex(of: 0x0A) ?? bytes.endIndex
        var before = String(decoding: bytes[lineStart..<bad], as: UTF8.self)
        if lineStart == 0, before.hasPrefix("\u{FEFF}") { before.removeFirst() }
        let line = bytes[..<lineStart].count(where: { $0 == 0x0A }) + 1
        var text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        if lineStart == 0, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.hasSuffix("\r") { text.removeLast() }
        let byte = String(bytes[bad], radix: 16, uppercase: true)
        return Diagnostic(.error, "the file is not UTF-8 text from here (byte 0x\(byte)); save it as UTF-8",
                          at: SourceLocation(file: file, line: line, column: before.count + 1), sourceLine: text)
    }

    /// Where the first byte that does not belong to valid UTF-8 is.
    private static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
