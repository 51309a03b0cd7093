import PlaybookSupport
/// Converts cmark's 1-based byte columns into 1-based character columns.
struct SourceColumns {
    private let lines: LineIndex

    init(_ text: String) {
        lines = LineIndex(text)
    }

    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1, let bytes = lines.bytes(ofLine: line) else { return max(byteColumn, 1) }
        var end = bytes.index(bytes.startIndex, offsetBy: min(byteColumn - 1, bytes.count))
        // A column inside a multi-byte character counts as that character.
        while end > bytes.startIndex, end < bytes.endIndex, bytes[end] & 0xC0 == 0x80 { end = bytes.index(before: end) }
        return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self).count + 1
    }
}
