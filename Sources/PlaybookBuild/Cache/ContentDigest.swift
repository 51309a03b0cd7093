import Foundation

/// A 128-bit digest of bytes that is the same in every process (unlike `Hasher`, seeded per
/// process): what names a page's entry in the build cache and checks that an entry reads back
/// as it was written. Two independent lanes, eight bytes a step, each finished with MurmurHash3's
/// 64-bit mix; a guard against chance and damage, not against an attacker.
struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    private(set) var high: UInt64 = 0x9E37_79B9_7F4A_7C15
    private(set) var low: UInt64 = 0xC2B2_AE3D_27D4_EB4F
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
        mix(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
        mix(tail)
    }

    private mutating func mix(_ word: UInt64) {
        count &+= 1
        high = ((high ^ word) &* 0x8765_4321_0FED_CBA9 &+ count).rotated(29)
        low = ((low &+ word) &* 0x9FB2_1C65_1E98_DF25 ^ (low >> 31)).rotated(41)
    }

    /// 32 hex digits.
    var description: String {
        Self.hex(Self.finished(high ^ low.rotated(17)), Self.finished(low ^ count))
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
