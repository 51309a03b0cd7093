import PlaybookModel

/// A term of at most eight bytes as one number, as `PackedTerms.keys` holds it: its bytes from
/// the highest down, zeros after its end. No term holds a zero byte, so two such terms are the
/// same when their keys are, and come in the order of their keys (`ByteOrder`); a longer term's
/// key is its first eight bytes.
enum TermKey {
    static func of(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for offset in 0..<8 { key = key << 8 | (offset < term.count ? UInt64(term[offset]) : 0) }
        return key
    }
}

/// Numbers distinct keys of terms of at most eight bytes (`TermKey`) in the order they are
/// first seen: an open-addressing table over the keys themselves, where `ByteStringTable`
/// hashes each term's bytes and compares them in a second array.
struct TermKeyTable {
    /// Each slot's key and number plus one (0 for an empty slot).
    private var slots: [(key: UInt64, number: Int32)]
    private var shift: UInt64
    /// Every key, by number.
    private(set) var keys: [UInt64] = []

    /// `expectedCount` sizes the table; it grows past it.
    init(expectedCount: Int) {
        var bits = 4
        while 1 << bits < expectedCount * 2 { bits += 1 }
        slots = Array(repeating: (0, 0), count: 1 << bits)
        shift = UInt64(64 - bits)
        keys.reserveCapacity(expectedCount)
    }

    var count: Int { keys.count }

    mutating func number(of key: UInt64) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = slots[slot]
            if found.number == 0 { break }
            if found.key == key { return found.number - 1 }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        slots[slot] = (key, Int32(keys.count))
        if keys.count * 2 > slots.count { grow() }
        return Int32(keys.count - 1)
    }

    /// The numbers of all keys, ascending by key: their terms' byte order.
    func numbersInKeyOrder() -> [Int32] {
        keys.enumerated().map { (key: $0.element, number: Int32($0.offset)) }.sorted { $0.key < $1.key }.map(\.number)
    }

    private mutating func grow() {
        slots = Array(repeating: (0, 0), count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (number, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot].number != 0 { slot = (slot + 1) & mask }
            slots[slot] = (key, Int32(number + 1))
        }
    }
}
