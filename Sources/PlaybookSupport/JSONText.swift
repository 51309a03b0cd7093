/// How `JSONText` lays out objects and arrays: compact, or as `JSONEncoder`'s `.prettyPrinted`
/// does, the members or elements `depth` levels of two spaces in.
public enum JSONLayout: Sendable {
    case compact
    case pretty(depth: Int)
}

/// The project's one JSON writer: a growing JSON text, written as `JSONEncoder` writes it with
/// sorted keys and `/` unescaped (tests compare the two), for files too large for its boxing of
/// every value (the search index, `phrases.json`). Callers give the keys in sorted order.
///
/// It grows a byte buffer, allocated once when the caller knows about how long the text will
/// be; `text` copies the bytes into a `String` once.
public struct JSONText {
    private var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// The text so far as UTF-8, for a caller that writes bytes: no `String` made and checked.
    public var utf8: [UInt8] { bytes }

    public mutating func raw(_ piece: String) {
        append(piece)
    }

    /// Before an element of an array: the comma after the one before (unless `first`), and in
    /// a pretty layout a new line and the indentation.
    public mutating func element(first: Bool, _ layout: JSONLayout) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        if case .pretty(let depth) = layout { newLine(depth: depth) }
    }

    /// Before a member of an object: `element`'s separator, then the key (plain ASCII) and its colon.
    public mutating func key(_ name: String, first: Bool = false, _ layout: JSONLayout) {
        element(first: first, layout)
        bytes.append(UInt8(ascii: "\""))
        append(name)
        if case .pretty = layout { append("\" : ") } else { append("\":") }
    }

    /// After an object's last member.
    public mutating func endObject(_ layout: JSONLayout) {
        if case .pretty(let depth) = layout { newLine(depth: depth - 1) }
        bytes.append(UInt8(ascii: "}"))
    }

    /// After an array's last element (`JSONEncoder` puts an empty line in an empty pretty one).
    public mutating func endArray(_ layout: JSONLayout, isEmpty: Bool) {
        if case .pretty(let depth) = layout {
            if isEmpty { bytes.append(0x0A) }
            newLine(depth: depth - 1)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// An array of `elements`, each written by `write`.
    public mutating func array<Element>(_ elements: [Element], _ layout: JSONLayout = .compact, _ write: (inout JSONText, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (number, value) in elements.enumerated() {
            element(first: number == 0, layout)
            write(&self, value)
        }
        endArray(layout, isEmpty: elements.isEmpty)
    }

    /// An array of strings.
    public mutating func strings(_ values: [String], _ layout: JSONLayout = .compact) {
        array(values, layout) { $0.string($1) }
    }

    private mutating func newLine(depth: Int) {
        bytes.append(0x0A)
        for _ in 0..<(2 * max(depth, 0)) { bytes.append(0x20) }
    }

    /// The digits are appended first to last, from the largest power of ten in the number down,
    /// with no scratch buffer in between: the search index is mostly short numbers.
    public mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var power: UInt = 1
        while power <= rest / 10 { power *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / power))
            rest %= power
            power /= 10
        } while power > 0
    }

    /// `values` separated by commas, without brackets: a search term's postings.
    public mutating func integers(_ values: [Int]) {
        for (number, value) in values.enumerated() {
            if number > 0 { bytes.append(UInt8(ascii: ",")) }
            integer(value)
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, everything else (non-ASCII included) as it is.
    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Most strings need no escape at all: copy them whole.
            guard utf8.contains(where: Self.needsEscape) else {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
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
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The length of a string as `string` writes it when it needs no escapes.
    public static func size(of value: String) -> Int { value.utf8.count + 2 }

    /// The number of characters of `value` in decimal.
    public static func size(of value: Int) -> Int {
        var digits = value < 0 ? 2 : 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }
}
