import Foundation
import PlaybookSupport

/// The cache's line records (`KeptPages`, `HandbookRecord`): lines, then a last line `check `
/// and the digest of every byte before that line's newline. Read as bytes, line by line,
/// without making a string of the whole (a large playbook's records have a line per file).
enum CheckedLines {
    /// Writes `lines` to `file` with their check line; removes the file when it cannot be
    /// written, so that no stale record is left.
    static func write(_ lines: [String], to file: URL) {
        let body = lines.joined(separator: "\n")
        let text = body + "\ncheck " + ContentDigest(body).description + "\n"
        if (try? Data(text.utf8).write(to: file, options: .atomic)) == nil { FileCalls.remove(file.path) }
    }

    /// `read` of the lines before the check line, when `file` reads back intact; nil otherwise.
    static func read<Result>(_ file: URL, _ read: ([Slice<UnsafeRawBufferPointer>]) -> Result?) -> Result? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        return data.withUnsafeBytes { bytes in
            let newline = UInt8(ascii: "\n")
            guard bytes.last == newline, let end = bytes.dropLast().lastIndex(of: newline) else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: bytes[..<end])
            var digest = ContentDigest()
            digest.add(body)
            guard bytes[(end + 1)..<(bytes.count - 1)].elementsEqual(("check " + digest.description).utf8) else { return nil }
            return read(body.split(separator: newline, omittingEmptySubsequences: false))
        }
    }
}
