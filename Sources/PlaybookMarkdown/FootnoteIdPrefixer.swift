import PlaybookSupport
/// Gives cmark-gfm's footnote ids a prefix in rendered HTML, in one pass over its bytes.
///
/// cmark-gfm names footnotes `fn-…` and their references `fnref-…` itself and has no option
/// to change that, so a document that joins many pages (the handbook) prefixes them after
/// rendering: `id="fn-1"` → `id="<prefix>fn-1"`, `href="#fnref-1"` → `href="#<prefix>fnref-1"`.
/// The patterns only occur in markup: cmark escapes `"` in text and code as `&quot;`.
enum FootnoteIdPrefixer {
    static func prefixing(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: String) -> String {
        let insert = Array(prefix.htmlEscaped.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 256)
        var copied = 0
        var quote = 0
        while let found = bytes.firstIndex(of: UInt8(ascii: "\""), from: quote) {
            quote = found + 1
            let start: Int
            if ends(bytes, at: found, with: "id=") {
                start = quote
            } else if ends(bytes, at: found, with: "href="), quote < bytes.count, bytes[quote] == UInt8(ascii: "#") {
                start = quote + 1
            } else {
                continue
            }
            guard starts(bytes, at: start, with: "fn-") || starts(bytes, at: start, with: "fnref-") else { continue }
            output.append(contentsOf: bytes[copied..<start])
            output.append(contentsOf: insert)
            copied = start
        }
        guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int, with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard end >= count else { return false }
        return text.withUTF8Buffer { $0.elementsEqual(bytes[(end - count)..<end]) }
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        return text.withUTF8Buffer { $0.elementsEqual(bytes[start..<(start + count)]) }
    }
}
