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
        let prefix = bytes[bytes.startIndex..<end]
        if let count = prefix.withContiguousStorageIfAvailable(Self.oneScalarCharacterCount) ?? nil { return count + 1 }
        return String(decoding: prefix, as: UTF8.self).count + 1
    }

    /// The characters of `bytes` when each is one scalar that never joins its neighbours
    /// (ASCII, CJK ideographs and punctuation, fullwidth forms, dashes and quotation marks),
    /// counted without looking for grapheme breaks, which is slow on the long lines of Chinese
    /// paragraphs that hold links; nil when some scalar is another.
    private static func oneScalarCharacterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0, index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
            } else {
                guard lead & 0xF0 == 0xE0, index + 2 < bytes.count else { return nil }
                let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard (0x4E00...0x9FFF).contains(scalar) || (0x3000...0x3029).contains(scalar) || (0xFF01...0xFF5E).contains(scalar)
                    || (0x2010...0x2027).contains(scalar)
                else { return nil }
                index += 3
            }
            count += 1
        }
        return count
    }
}
