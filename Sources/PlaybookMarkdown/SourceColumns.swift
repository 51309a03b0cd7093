/// Converts cmark's 1-based byte columns into 1-based character columns.
struct SourceColumns {
    private let text: String
    /// The UTF-8 offset where each line starts; found byte by byte, which is much cheaper
    /// than splitting the text into `Character`s for the few columns ever asked for.
    private let lineStarts: [Int]

    init(_ text: String) {
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        lineStarts = starts
    }

    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let utf8 = text.utf8
        let lineStart = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        let start = utf8.index(utf8.startIndex, offsetBy: lineStart)
        var end = utf8.index(start, offsetBy: min(byteColumn - 1, lineEnd - lineStart))
        // A column inside a multi-byte character counts as that character.
        while end > start, end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(decoding: utf8[start..<end], as: UTF8.self).count + 1
    }
}
