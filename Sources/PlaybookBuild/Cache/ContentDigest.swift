import Foundation

/// A 128-bit digest of bytes that is the same in every process (unlike `Hasher`, seeded per
/// process): what names a page's entry in the build cache and checks that an entry reads back
/// as it was written. Four independent lanes take 32 bytes a step (so that the processor works
/// on them at once: an edit build checks every entry, some 170 MB at 10,000 pages), each word
/// multiplied and rotated into its lane; the lanes are folded together and finished with
/// MurmurHash3's 64-bit mix. A guard against chance and damage, not against an attacker.
struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var c: UInt64 = 0x1656_67B1_9E37_79F9
    private var d: UInt64 = 0x85EB_CA77_C2B2_AE63
    private var count: UInt64 = 0

    init() {}

    /// The digest of `parts`, each framed by its length so that ("ab", "c") ≠ ("a", "bc").
    init(_ parts: String...) {
        for part in parts { add(part) }
    }

    init(_ data: Data) {
        add(data)
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        count &+= UInt64(bytes.count) &+ 1
        // Local copies, so that the loop keeps the lanes in registers.
        var (a, b, c, d) = (Self.round(self.a, UInt64(bytes.count)), self.b, self.c, self.d)
        var offset = 0
        let word = { (at: Int) in UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        while offset + 32 <= bytes.count {
            a = Self.round(a, word(offset))
            b = Self.round(b, word(offset + 8))
            c = Self.round(c, word(offset + 16))
            d = Self.round(d, word(offset + 24))
            offset += 32
        }
        while offset + 8 <= bytes.count {
            b = Self.round(b, word(offset))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
        (self.a, self.b, self.c, self.d) = (a, b, Self.round(c, tail), d)
    }

    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        ((lane ^ word) &* 0x9FB2_1C65_1E98_DF25).rotated(31) &+ 0x8765_4321_0FED_CBA9
    }

    /// 32 hex digits.
    var description: String {
        let first = Self.finished(a ^ c.rotated(17) ^ count), second = Self.finished(b ^ d.rotated(29) ^ first)
        return Self.hex(Self.finished(first ^ b.rotated(7) ^ d), second)
    }

    /// `String(format: "%016llx%016llx", first, second)`, which costs more than the digest of a
    /// small cache entry.
    static func hex(_ first: UInt64, _ second: UInt64) -> String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            for (place, word) in [first, second].enumerated() {
                for digit in 0..<16 {
                    let nibble = UInt8(truncatingIfNeeded: word >> (60 - 4 * UInt64(digit))) & 0xF
                    buffer[place * 16 + digit] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
                }
            }
            return 32
        }
    }

    private static func finished(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}

private extension UInt64 {
    func rotated(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
