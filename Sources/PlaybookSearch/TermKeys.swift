import PlaybookModel

/// A term of at most eight bytes as one number: its bytes from the highest down, zeros after
/// its end (`PackedTerms.keys` holds a term of at most seven so, its bits in the lowest byte).
/// No term holds a zero byte, so two such terms are the same when their keys are, and come in
/// the order of their keys (`ByteOrder`); a longer term's key is its first eight bytes.
enum TermKey {
    static func of(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = min(term.count, 8)
        var key: UInt64 = 0
        for offset in 0..<count { key = key << 8 | UInt64(term[offset]) }
        return key &<< UInt64(8 * (8 - count))  // 0 stays 0 (a shift by 64 is one by 0)
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

    /// The numbers of all keys, ascending by key: their terms' byte order. A radix sort, a byte
    /// at a time from the lowest, over the bytes that are not the same in every key (a
    /// bucket's keys share their first, and a Chinese pair's last two are zeros).
    func numbersInKeyOrder() -> [Int32] {
        var (inEvery, inSome) = (UInt64.max, UInt64(0))
        for key in keys { (inEvery, inSome) = (inEvery & key, inSome | key) }
        var (sortedKeys, numbers) = (keys, (0..<Int32(keys.count)).map { $0 })
        var (spareKeys, spareNumbers) = (keys, numbers)
        var counts = [Int](repeating: 0, count: 257)
        for shift in stride(from: UInt64(0), to: 64, by: 8) where (inEvery ^ inSome) >> shift & 0xFF != 0 {
            counts.withUnsafeMutableBufferPointer { counts in
                counts.update(repeating: 0)
                sortedKeys.withUnsafeBufferPointer { sortedKeys in
                    for key in sortedKeys { counts[Int(key >> shift & 0xFF) + 1] += 1 }
                    for byte in 0..<256 { counts[byte + 1] += counts[byte] }
                    numbers.withUnsafeBufferPointer { numbers in
                        spareKeys.withUnsafeMutableBufferPointer { spareKeys in
                            spareNumbers.withUnsafeMutableBufferPointer { spareNumbers in
                                for (key, number) in zip(sortedKeys, numbers) {
                                    let at = counts[Int(key >> shift & 0xFF)]
                                    (spareKeys[at], spareNumbers[at]) = (key, number)
                                    counts[Int(key >> shift & 0xFF)] = at + 1
                                }
                            }
                        }
                    }
                }
            }
            swap(&sortedKeys, &spareKeys)
            swap(&numbers, &spareNumbers)
        }
        return numbers
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
