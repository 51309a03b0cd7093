/// Bytes as a JSON string of printable ASCII for the index's scripts (`theme/search.js` reads
/// it back): the bits, most significant first, 13 at a time as two `digits` (`value / 92`,
/// then `value % 92`); the last 6 or fewer as one digit, padded with zeros at its low end, the
/// last 7 to 12 as two. So the digits give fewer than 8 bits more than the bytes, and the
/// reader keeps whole bytes. 6.5 bits a character, where base64 holds 6.
enum PrintableBytes {
    /// Printable ASCII but for `"` and `\`, which JSON would escape: 92 of them.
    static let digits = (0x21...0x7E).filter { $0 != 0x22 && $0 != 0x5C }.map(UInt8.init)

    /// Each 13-bit value's two digits, the first in the low byte.
    private static let pairs: [UInt16] = (0..<(1 << 13)).map { UInt16(digits[$0 % 92]) << 8 | UInt16(digits[$0 / 92]) }

    /// How many digits `encode` writes for `count` bytes.
    static func length(of count: Int) -> Int {
        let rest = 8 * count % 13
        return 8 * count / 13 * 2 + (rest > 6 ? 2 : rest > 0 ? 1 : 0)
    }

    /// Writes the digits of `bytes` from `out` on, `length(of: bytes.count)` of them.
    static func encode(_ bytes: [UInt8], to out: UnsafeMutablePointer<UInt8>) {
        pairs.withUnsafeBufferPointer { pairs in
            var (store, used, at) = (UInt32(0), 0, 0)
            for byte in bytes {
                (store, used) = (store << 8 | UInt32(byte), used + 8)
                if used >= 13 {
                    used -= 13
                    let pair = pairs[Int(store >> UInt32(used))]
                    (out[at], out[at + 1]) = (UInt8(truncatingIfNeeded: pair), UInt8(pair >> 8))
                    at += 2
                    store &= (1 << UInt32(used)) - 1
                }
            }
            if used > 6 {
                let pair = pairs[Int(store << UInt32(13 - used))]
                (out[at], out[at + 1]) = (UInt8(truncatingIfNeeded: pair), UInt8(pair >> 8))
            } else if used > 0 {
                out[at] = digits[Int(store << UInt32(6 - used))]
            }
        }
    }

    /// The bytes of `encode`'s text (for tests; the browser has its own reader).
    static func decode(_ text: String) -> [UInt8] {
        let values = text.utf8.map { digits.firstIndex(of: $0)! }
        var out: [UInt8] = [], store = 0, used = 0
        var index = 0
        while index < values.count {
            if index + 1 < values.count {
                (store, used) = (store << 13 | values[index] * 92 + values[index + 1], used + 13)
                index += 2
            } else {
                (store, used) = (store << 6 | values[index], used + 6)
                index += 1
            }
            while used >= 8 {
                used -= 8
                out.append(UInt8(truncatingIfNeeded: store >> used))
            }
            store &= (1 << used) - 1
        }
        return out
    }
}
