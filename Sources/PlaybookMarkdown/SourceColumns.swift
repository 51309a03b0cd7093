/// Converts cmark's 1-based byte columns into 1-based character columns.
struct SourceColumns {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let utf8 = lines[line - 1].utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(byteColumn - 1, utf8.count))
        // A column inside a multi-byte character counts as that character.
        let prefix = Substring(lines[line - 1][..<end])
        return prefix.count + 1
    }
}
