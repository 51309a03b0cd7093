import PlaybookSupport

/// The lines of a source file, for quoting them under a diagnostic.
public struct SourceText: Sendable {
    private let lines: LineIndex

    public init(_ text: String) {
        lines = LineIndex(text)
    }

    /// The 1-based line without its line end, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard var bytes = lines.bytes(ofLine: number) else { return nil }
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
