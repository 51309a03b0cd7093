import Foundation
import PlaybookModel

/// Decoding a source file's bytes into the text every later stage sees.
public enum SourceFileText {
    /// UTF-8 only; nil for anything else so the caller can say so at the file.
    public static func decode(_ data: Data) -> String? {
        String(data: data, encoding: .utf8).map(normalize)
    }

    /// Drops a byte-order mark and turns CRLF and lone CR line ends into LF.
    static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // `utf8.contains` walks the view index by index: a scan of the contiguous bytes is
        // far quicker, and every page is checked on every build.
        guard text.withUTF8({ $0.contains(13) }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
