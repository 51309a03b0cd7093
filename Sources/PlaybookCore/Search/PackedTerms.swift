import Foundation

/// A section's terms, each once with its `SearchField` bits, packed into one byte array:
/// each term's UTF-8 followed by one byte holding its bits (1 to 7, a byte no term holds).
///
/// Every page's terms are kept from the parse stage until the indexes are built; as
/// `[(String, Int)]` they took 24 bytes a term, over 100 MB at 10,000 pages, and about a
/// third of that packed.
public struct PackedTerms: Sendable {
    fileprivate var bytes: [UInt8] = []

    /// Calls `body` with each term and its bits, in the order they were added.
    public func forEach(_ body: (String, Int) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for index in buffer.indices where buffer[index] < 8 {
                body(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self), Int(buffer[index]))
                start = index + 1
            }
        }
    }
}

/// Collects a section's distinct terms into `PackedTerms`, as bytes straight from the
/// tokenizer, told apart by an open-addressing table over those bytes: a repeated word costs
/// a hash and a compare, where a `String` and a dictionary lookup per word were a twentieth
/// of a build. Terms that are different bytes but canonically equal `String`s (a CJK
/// compatibility ideograph and its unified one) stay apart here and meet in the index.
struct TermCollector {
    private var bytes: [UInt8] = []
    /// Each term's hash, first byte and length, in the order added.
    private var entries: [(hash: UInt64, start: Int, count: Int)] = []
    /// Open addressing over `entries`: an index plus one, 0 for an empty slot.
    private var slots: [Int32]

    /// `expectedTerms` sizes the table; it grows past it.
    init(expectedTerms: Int) {
        var size = 16
        while size < expectedTerms * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// Adds `term` with `fields`, or adds `fields` to it when it is there already.
    mutating func add(_ term: UnsafeBufferPointer<UInt8>, fields: UInt8) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, entry.count == term.count, holds(term, at: entry.start) {
                bytes[entry.start + entry.count] |= fields
                return
            }
            slot = (slot + 1) & mask
        }
        entries.append((hash, bytes.count, term.count))
        bytes.append(contentsOf: term)
        bytes.append(fields)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
    }

    /// Whether the bytes at `start` are `term`'s (`memcmp`: a generic `elementsEqual` of a
    /// slice and a buffer went byte by byte for every word of every page).
    private func holds(_ term: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard let base = term.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, term.count) == 0 }
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

    /// The terms, in the order first added; only their bytes are kept, at their exact size.
    var terms: PackedTerms {
        var packed = PackedTerms()
        packed.bytes = Array(bytes[...])
        return packed
    }
}
