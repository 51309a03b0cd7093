/// A section's terms, each once with its `SearchField` bits (1 to 7): a term of at most seven
/// bytes of UTF-8 as one number in `keys`, its bytes from the highest down, then zeros, its
/// bits in the lowest byte (no term holds a zero byte); the longer terms packed in `long`, each
/// term's UTF-8 followed by one byte holding its bits (a byte no term holds). The search index
/// reads the numbers as they are, without going through their bytes.
///
/// Every page's terms are kept from the parse stage until the indexes are built, so they are
/// kept compact, far smaller than a list of strings and numbers.
public struct PackedTerms: Sendable {
    /// As described above (the build cache keeps them as they are).
    public let keys: [UInt64]
    public let long: [UInt8]

    /// `keys` and `long` as described above.
    public init(keys: [UInt64], long: [UInt8]) {
        self.keys = keys
        self.long = long
    }

    /// The length of a term of at most eight bytes from its bytes as one number, highest
    /// first, zeros after its end (a number of `keys` without its bits).
    public static func length(ofKey key: UInt64) -> Int {
        key == 0 ? 0 : 8 - key.trailingZeroBitCount / 8
    }

    /// Calls `body` with each term's UTF-8 (valid only during the call) and its bits: the
    /// terms of `keys` in their order, then those of `long` in theirs.
    public func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        for key in keys {
            var big = (key & ~0xFF).bigEndian
            withUnsafeBytes(of: &big) { body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[..<Self.length(ofKey: key & ~0xFF)]), Int(key & 0xFF)) }
        }
        forEachLong(body)
    }

    /// Calls `body` with each term of `long`'s UTF-8 (valid only during the call) and its bits.
    @inlinable
    public func forEachLong(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        long.withUnsafeBufferPointer { buffer in
            var start = 0
            for index in buffer.indices where buffer[index] < 8 {
                body(UnsafeBufferPointer(rebasing: buffer[start..<index]), Int(buffer[index]))
                start = index + 1
            }
        }
    }
}
