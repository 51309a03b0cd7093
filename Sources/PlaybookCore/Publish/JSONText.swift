/// A growing JSON text, written as `JSONEncoder` writes it (tests compare the two): the search
/// index and `phrases.json` are too large for its boxing of every value.
///
/// It grows one string, allocated once when the caller knows about how long the text will be:
/// built as bytes and then copied into a string, the two 50 MB search indexes of a
/// 10,000-page playbook each took three times their size for a moment, at the build's peak.
struct JSONText {
    private(set) var text = ""

    init(capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }

    mutating func raw(_ piece: String) {
        text += piece
    }

    mutating func integer(_ value: Int) {
        text += String(value)
    }

    mutating func strings(_ values: [String]) {
        raw("[")
        list(values) { $0.string($1) }
        raw("]")
    }

    mutating func list<Element>(_ elements: [Element], separator: String = ",", _ write: (inout JSONText, Element) -> Void) {
        for (number, element) in elements.enumerated() {
            if number > 0 { raw(separator) }
            write(&self, element)
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, everything else (non-ASCII included) as it is.
    mutating func string(_ value: String) {
        text += "\""
        // Most strings need no escape at all: copy them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            text += value
            text += "\""
            return
        }
        var bytes: [UInt8] = []
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
        text += String(decoding: bytes, as: UTF8.self)
        text += "\""
    }

    /// The length of a string as `string` writes it when it needs no escapes.
    static func size(of value: String) -> Int { value.utf8.count + 2 }

    /// The number of characters of `value` in decimal.
    static func size(of value: Int) -> Int {
        var digits = value < 0 ? 2 : 1
        var rest = abs(value)
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }
}
