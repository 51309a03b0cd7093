extension String {
    /// Text made safe for HTML content and double- or single-quoted attributes.
    ///
    /// Works on UTF-8 bytes, not `Character`s: a quote followed by a combining mark is one
    /// `Character` (`"\u{301}`), which a per-`Character` escaper leaves alone, so a title could
    /// close the attribute it is shown in. Bytes are also far cheaper to walk.
    public var htmlEscaped: String {
        // Through the string's own buffer: every value of every template comes through here,
        // and most need nothing.
        var text = self
        return text.withUTF8 { source in
            guard source.contains(where: { Self.escapes($0) != nil }) else { return self }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count + 32)
            for byte in source {
                if let replacement = Self.escapes(byte) { bytes.append(contentsOf: replacement.utf8) } else { bytes.append(byte) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func escapes(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
