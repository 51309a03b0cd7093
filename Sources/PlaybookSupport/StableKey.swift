/// Short keys that depend only on the text they are made from (FNV-1a, 64 bits).
public enum StableKey {
    /// The hash of the parts' UTF-8 joined by U+001F, as 16 hex digits; hashed part by part
    /// rather than joined first (every task item of every checklist is keyed on each build).
    public static func make(_ parts: String...) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3 }
            var part = part
            part.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            }
        }
        return String(unsafeUninitializedCapacity: 16) { hex in
            for position in 0..<16 {
                hex[position] = hexDigits[Int(truncatingIfNeeded: hash >> UInt64(60 - 4 * position)) & 0xF]
            }
            return 16
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
