import PlaybookModel

/// Collects a section's distinct terms into `PackedTerms`, straight from the tokenizer's
/// bytes: a term of at most seven bytes by its key (`TermKeyTable`, its fields beside it), a
/// longer one by its bytes (`ByteStringTable`, its tags the `SearchField` bits). A repeated
/// word costs a hash and a compare.
struct TermCollector {
    private var keys: TermKeyTable
    private var fields: [UInt8] = []
    private var long: ByteStringTable

    /// `expectedTerms` sizes the tables; they grow past it.
    init(expectedTerms: Int) {
        keys = TermKeyTable(expectedCount: expectedTerms)
        fields.reserveCapacity(expectedTerms)
        // Few terms are longer than seven bytes.
        long = ByteStringTable(expectedCount: expectedTerms / 8, keepsTags: true)
    }

    /// Adds `term` with `fields`, or adds `fields` to it when it is there already.
    mutating func add(_ term: UnsafeBufferPointer<UInt8>, fields: UInt8) {
        guard term.count <= 7 else {
            let (number, isNew) = long.number(of: term, tag: fields)
            if !isNew { long.addTagBits(fields, to: number) }
            return
        }
        let number = Int(keys.number(of: TermKey.of(term)))
        if number < self.fields.count { self.fields[number] |= fields } else { self.fields.append(fields) }
    }

    /// The terms, in the order first added, at their exact size (they are kept until the
    /// indexes are built).
    var terms: PackedTerms {
        PackedTerms(keys: [UInt64](unsafeUninitializedCapacity: fields.count) { packed, count in
            for (number, key) in keys.keys.enumerated() { packed[number] = key | UInt64(fields[number]) }
            count = fields.count
        }, long: exactCopy(long.bytes))
    }

    /// `array` in a buffer of exactly its size: `Array(array[...])` may keep the table's own
    /// buffer, with the room it grew into.
    private func exactCopy<Element>(_ array: [Element]) -> [Element] {
        [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: array)
        }
    }
}
