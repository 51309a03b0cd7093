import PlaybookModel

/// Splits a page into its YAML front matter and its Markdown body.
public struct FrontMatterSplitter {
    public struct Split {
        /// The YAML between the `---` lines, or nil when the page has none.
        public var yaml: String?
        /// The file line on which the YAML starts (the line after the opening `---`).
        public var yamlStartLine: Int
        public var body: String
        public var bodyStartLine: Int
    }

    public enum Failure: Error {
        /// The opening `---` has no closing `---`.
        case unclosed
    }

    /// `text` has already lost its byte-order mark and CR line ends. Works on UTF-8 bytes,
    /// since every file passes here and splitting it into `Character`s is costly.
    public static func split(_ text: String) -> Result<Split, Failure> {
        guard text.hasPrefix("---\n") || text == "---" else {
            return .success(Split(yaml: nil, yamlStartLine: 1, body: text, bodyStartLine: 1))
        }
        let utf8 = text.utf8
        var lineStart = utf8.index(utf8.startIndex, offsetBy: min(4, utf8.count))
        let yamlStart = lineStart
        var lineNumber = 2
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if isClosingLine(utf8[lineStart..<lineEnd]) {
                let yamlEnd = lineStart == yamlStart ? yamlStart : utf8.index(before: lineStart)
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                // Cut at line ends, so `text`'s slices are valid UTF-8 already: copied, not checked again.
                return .success(Split(yaml: String(text[yamlStart..<yamlEnd]), yamlStartLine: 2,
                                      body: String(text[bodyStart...]), bodyStartLine: lineNumber + 1))
            }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
            lineNumber += 1
        }
        return .failure(.unclosed)
    }

    /// `---` or `...`, then only spaces or tabs.
    private static func isClosingLine(_ line: Substring.UTF8View) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8) || trimmed.elementsEqual("...".utf8)
    }
}
