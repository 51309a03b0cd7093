import PlaybookModel

/// A term of at most eight bytes as one number: its bytes from the highest down, zeros after
/// its end. No term holds a zero byte, so two such terms are the same when their keys are, and
/// come in the order of their keys (`ByteOrder`); a longer term's key is its first eight bytes.
enum TermKey {
    static func of(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for offset in 0..<8 { key = key << 8 | (offset < term.count ? UInt64(term[offset]) : 0) }
        return key
    }

    /// The length of the term whose key is `key` (at most eight bytes).
    static func length(_ key: UInt64) -> Int {
        key == 0 ? 0 : 8 - key.trailingZeroBitCount / 8
    }

    /// Calls `body` with each term of `terms` (as `PackedTerms.forEach`), its key and its bits.
    /// Eight bytes are read at once where eight follow the term's start: the term's end is the
    /// first of them below 8 (its bits), and its key is them, masked.
    static func forEach(in terms: PackedTerms, _ body: (UnsafeBufferPointer<UInt8>, UInt64, UInt8) -> Void) {
        terms.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            var start = 0
            while start < count {
                var end = start
                if start + 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
                    // The high bit of each byte below 8; the lowest one set is the first such byte.
                    let below = (word &- 0x0808_0808_0808_0808) & ~word & 0x8080_8080_8080_8080
                    if below != 0 {
                        let length = below.trailingZeroBitCount / 8
                        let key = (word & ((1 << UInt64(8 * length)) - 1)).byteSwapped  // length < 8
                        body(UnsafeBufferPointer(start: base + start, count: length), key, base[start + length])
                        start += length + 1
                        continue
                    }
                    end = start + 8
                }
                while end < count, base[end] >= 8 { end += 1 }
                guard end < count else { return }
                let term = UnsafeBufferPointer(start: base + start, count: end - start)
                body(term, of(term), base[end])
                start = end + 1
            }
        }
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
