import Foundation
import PlaybookModel
import PlaybookSupport

/// Numbers distinct byte strings (search terms as UTF-8) in the order they are first seen,
/// told apart by an open-addressing table over their bytes: a term seen again costs a hash
/// and a `memcmp`. Keyed by `String` instead, every term would need a `String` made and
/// hashed, and a non-ASCII `String` is normalised as it is hashed, in a section's terms and
/// again in a language's index.
///
/// Bytes, not `String`s, decide what is the same term, so text must reach the table in one
/// form: the tokenizer decomposes words and gives CJK compatibility ideographs their unified
/// form (`SearchTokenizer.fold`).
struct ByteStringTable {
    /// Every string's bytes, one after the other, in number order, each followed by its tag
    /// when the table keeps tags: a section's longer terms are then packed as `PackedTerms.long` keeps them.
    private(set) var bytes: [UInt8] = []
    /// Each string's hash, first byte and length, by number.
    private var entries: [(hash: UInt64, start: Int, count: Int)] = []
    /// Open addressing over `entries`: a number plus one, 0 for an empty slot.
    private var slots: [Int32]
    private let keepsTags: Bool

    /// `expectedCount` sizes the table; it grows past it. With `keepsTags`, a byte follows
    /// each string in `bytes` (`number(of:tag:)`, `addTagBits`).
    init(expectedCount: Int, keepsTags: Bool = false) {
        var size = 16
        while size < expectedCount * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        self.keepsTags = keepsTags
    }

    var count: Int { entries.count }

    /// Sets `bits` in string `number`'s tag too.
    mutating func addTagBits(_ bits: UInt8, to number: Int) {
        let entry = entries[number]
        bytes[entry.start + entry.count] |= bits
    }

    /// `key`'s number, and whether this call added it (with `tag`, when the table keeps tags).
    mutating func number(of key: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> (number: Int, isNew: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            let entry = entries[number]
            if entry.hash == hash, entry.count == key.count, holds(key, at: entry.start) { return (number, false) }
            slot = (slot + 1) & mask
        }
        entries.append((hash, bytes.count, key.count))
        bytes.append(contentsOf: key)
        if keepsTags { bytes.append(tag) }
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return (entries.count - 1, true)
    }

    func string(_ number: Int) -> String {
        let entry = entries[number]
        return String(decoding: bytes[entry.start..<(entry.start + entry.count)], as: UTF8.self)
    }

    /// Where string `number`'s bytes are in `bytes`.
    func span(of number: Int) -> Range<Int> {
        let entry = entries[number]
        return entry.start..<(entry.start + entry.count)
    }

    /// The numbers of all strings, their bytes in ascending order (`ByteOrder`): sorted by
    /// their first eight bytes as one number (zeros after a shorter string's end, and no term
    /// holds a zero byte), and by the rest only where those are the same. A pair of CJK
    /// characters is six bytes: a Chinese index's terms are nearly all told apart by the number.
    func numbersInByteOrder() -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            var keyed = entries.enumerated().map { number, entry -> (key: UInt64, number: Int32) in
                var key: UInt64 = 0
                for offset in 0..<8 {
                    key = key << 8 | (offset < entry.count ? UInt64(all[entry.start + offset]) : 0)
                }
                return (key, Int32(number))
            }
            keyed.sort { a, b in
                if a.key != b.key { return a.key < b.key }
                let (x, y) = (entries[Int(a.number)], entries[Int(b.number)])
                return ByteOrder.precedes(UnsafeBufferPointer(rebasing: all[(x.start + min(8, x.count))..<(x.start + x.count)]),
                                          UnsafeBufferPointer(rebasing: all[(y.start + min(8, y.count))..<(y.start + y.count)]))
            }
            return keyed.map { Int($0.number) }
        }
    }

    /// Whether the bytes at `start` are `key`'s (`memcmp`, where a generic `elementsEqual` of a
    /// slice and a buffer goes byte by byte, for every word of every page).
    private func holds(_ key: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard let base = key.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, key.count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}

/// The order of UTF-8 byte strings, which is their code points' order: the index's terms are
/// sorted so, and `theme/search.js` compares by code points. (`String`'s `<` compares
/// normalised characters, and by UTF-16 costs a quarter of a Chinese build.)
enum ByteOrder {
    static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(a.count, b.count)
        if common > 0 {
            let order = memcmp(a.baseAddress!, b.baseAddress!, common)
            if order != 0 { return order < 0 }
        }
        return a.count < b.count
    }
}
