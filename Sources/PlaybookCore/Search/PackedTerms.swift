import Foundation

/// A section's terms, each once with its `SearchField` bits, packed into one byte array:
/// each term's UTF-8 followed by one byte holding its bits (1 to 7, a byte no term holds).
///
/// Every page's terms are kept from the parse stage until the indexes are built; as
/// `[(String, Int)]` they took 24 bytes a term, over 100 MB at 10,000 pages, and about a
/// third of that packed.
public struct PackedTerms: Sendable {
    fileprivate var bytes: [UInt8] = []

    /// Calls `body` with each term's UTF-8 (valid only during the call) and its bits, in the
    /// order they were added.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for index in buffer.indices where buffer[index] < 8 {
                body(UnsafeBufferPointer(rebasing: buffer[start..<index]), Int(buffer[index]))
                start = index + 1
            }
        }
    }
}

/// Collects a section's distinct terms into `PackedTerms`, as bytes straight from the
/// tokenizer (`ByteStringTable`, its tags the `SearchField` bits): a repeated word costs a
/// hash and a compare.
struct TermCollector {
    private var table: ByteStringTable

    /// `expectedTerms` sizes the table; it grows past it.
    init(expectedTerms: Int) {
        table = ByteStringTable(expectedCount: expectedTerms, keepsTags: true)
    }

    /// Adds `term` with `fields`, or adds `fields` to it when it is there already.
    mutating func add(_ term: UnsafeBufferPointer<UInt8>, fields: UInt8) {
        let (number, isNew) = table.number(of: term, tag: fields)
        if !isNew { table.addTagBits(fields, to: number) }
    }

    /// The terms, in the order first added, at their exact size (they are kept until the
    /// indexes are built).
    var terms: PackedTerms {
        var packed = PackedTerms()
        // Copied into a buffer of exactly this size: `Array(bytes[...])` may keep the table's own
        // buffer, with the room it grew into (11 MB more at the peak of 10,000 pages).
        let bytes = table.bytes
        packed.bytes = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        }
        return packed
    }
}
