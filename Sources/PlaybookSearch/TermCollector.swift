import PlaybookModel

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
        // Copied into a buffer of exactly this size: `Array(bytes[...])` may keep the table's own
        // buffer, with the room it grew into.
        let bytes = table.bytes
        return PackedTerms(bytes: [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        })
    }
}
