import Foundation

/// Writes a `SearchIndex` as compact JSON with sorted keys and `/` unescaped, the bytes
/// `JSONEncoder` would give, straight into one byte buffer.
///
/// A 10,000-page index holds hundreds of thousands of terms and postings; `JSONEncoder` boxes
/// every one of them in its own encoder value first, which made encoding cost as much as
/// building the index. `SearchIndex` stays `Codable` for reading it back.
enum SearchIndexJSON {
    /// The JSON as a string (the search index is written from it twice, as JSON and as script).
    static func text(_ index: SearchIndex) -> String {
        var out = JSONBytes()
        out.raw("{\"docs\":[")
        for (number, doc) in index.docs.enumerated() {
            if number > 0 { out.raw(",") }
            // Keys in sorted order: h, k, p, t, u, x; `h` is left out when absent.
            out.raw("{")
            if let heading = doc.h {
                out.raw("\"h\":")
                out.string(heading)
                out.raw(",")
            }
            out.raw("\"k\":")
            out.string(doc.k)
            out.raw(",\"p\":")
            out.strings(doc.p)
            out.raw(",\"t\":")
            out.string(doc.t)
            out.raw(",\"u\":")
            out.string(doc.u)
            out.raw(",\"x\":")
            out.string(doc.x)
            out.raw("}")
        }
        out.raw("],\"kinds\":[")
        out.list(index.kinds) { $0.strings($1) }
        out.raw("],\"language\":")
        out.string(index.language)
        out.raw(",\"pillars\":[")
        out.list(index.pillars) { $0.strings($1) }
        out.raw("],\"terms\":[")
        out.list(index.terms) { out, term in
            out.raw("[")
            out.string(term.term)
            out.raw(",[")
            out.list(term.postings) { $0.integer($1) }
            out.raw("]]")
        }
        out.raw("],\"version\":")
        out.integer(index.version)
        out.raw("}")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

/// A growing JSON text in UTF-8.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func strings(_ values: [String]) {
        raw("[")
        list(values) { $0.string($1) }
        raw("]")
    }

    mutating func list<Element>(_ elements: [Element], _ write: (inout JSONBytes, Element) -> Void) {
        for (number, element) in elements.enumerated() {
            if number > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, element)
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, everything else (non-ASCII included) as it is.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape at all: copy them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
