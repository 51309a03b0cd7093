
/// Where each line of a text starts, found in one pass over its UTF-8 bytes.
///
/// On bytes, not `Character`s, since every page's text passes here; only the few lines a
/// diagnostic or a column ever asks for become strings.
public struct LineIndex: Sendable {
    public let text: String
    /// The UTF-8 offset at which each line starts; line `n` (1-based) starts at `starts[n - 1]`.
    private let starts: [Int]

    public init(_ text: String) {
        var text = text
        self.starts = text.withUTF8(Self.lineStarts)
        self.text = text
    }

    /// `memchr` finds each newline many bytes at a time, where a loop over `String.UTF8View`
    /// goes byte by byte: every page's text is indexed several times.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        while let newline = bytes.firstIndex(of: UInt8(ascii: "\n"), from: starts[starts.count - 1]) {
            starts.append(newline + 1)
        }
        return starts
    }

    public var lineCount: Int { starts.count }

    /// The UTF-8 bytes of the 1-based line `number`, without its `\n`; nil past the end.
    public func bytes(ofLine number: Int) -> Substring.UTF8View? {
        guard number >= 1, number <= starts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[number - 1])
        let end = number < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[number] - 1) : utf8.endIndex
        return Substring(text)[start..<end].utf8
    }
}
