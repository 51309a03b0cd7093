/// A term's postings as the index files hold them and `theme/search.js` reads them: every
/// document the term occurs in, then those with it in their title, then those with it in a
/// heading. A varint `count × 4 + 2 if any title + 1 if any heading` comes first; then the list
/// of all, and the title and heading lists when present, each after its length as a varint.
/// A list of one is its document as a varint; a longer one is a byte `k`, then the gaps between
/// its numbers (the first counts from −1), less one, Rice-coded with parameter `k` (the quotient
/// in unary, ones ended by a zero, then `k` low bits, most significant bit first), padded to a
/// whole byte. The whole list of all is preceded by nothing but the first varint.
///
/// A term in every document costs a bit a document, as a bitmap would; a term in one document,
/// as most Chinese character pairs are, two or three bytes. Whether a term is in a document's
/// text is not kept: ranking needs only its best field. The postings of a shard's terms follow
/// one another: a reader finds a term's by reading those before it.
enum PostingsCoding {
    /// Appends `docs` (ascending) and their `fields` (`SearchField` bits).
    static func encode(docs: ArraySlice<Int32>, fields: ArraySlice<UInt8>, into out: inout [UInt8]) {
        docs.withUnsafeBufferPointer { docs in
            fields.withUnsafeBufferPointer { fields in
                let (title, heading) = (UInt8(SearchField.title.rawValue), UInt8(SearchField.heading.rawValue))
                let hasTitle = fields.contains { $0 & title != 0 }, hasHeading = fields.contains { $0 & heading != 0 }
                appendVarint(docs.count << 2 | (hasTitle ? 2 : 0) | (hasHeading ? 1 : 0), to: &out)
                encodeList(docs, fields, 0, count: docs.count, into: &out)
                for (bit, present) in [(title, hasTitle), (heading, hasHeading)] where present {
                    let count = fields.reduce(0) { $0 + ($1 & bit != 0 ? 1 : 0) }
                    appendVarint(count, to: &out)
                    encodeList(docs, fields, bit, count: count, into: &out)
                }
            }
        }
    }

    /// The documents and their title and heading bits (the text bit is not kept), and where the
    /// next term's postings start.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (postings: [(document: Int, fields: Int)], end: Int) {
        var reader = BitReader(bytes: bytes)
        let header = reader.varint()
        let all = reader.list(count: header >> 2)
        let titles = header & 2 == 0 ? [] : Set(reader.list(count: reader.varint()))
        let headings = header & 1 == 0 ? [] : Set(reader.list(count: reader.varint()))
        let postings = all.map { document in
            (document, (titles.contains(document) ? SearchField.title.rawValue : 0)
                | (headings.contains(document) ? SearchField.heading.rawValue : 0))
        }
        return (postings, reader.position)
    }

    /// The `count` documents whose fields hold `bit` (all of them for 0).
    private static func encodeList(_ docs: UnsafeBufferPointer<Int32>, _ fields: UnsafeBufferPointer<UInt8>, _ bit: UInt8,
                                   count: Int, into out: inout [UInt8]) {
        let chosen = docs.indices.lazy.filter { bit == 0 || fields[$0] & bit != 0 }.map { Int(docs[$0]) }
        guard count > 1 else {
            chosen.first.map { appendVarint($0, to: &out) }
            return
        }
        let last = chosen.reduce(0) { max($0, $1) }
        // Gaps are near-geometric; the best `k` is about log2(mean gap × ln 2).
        let scaled = Int(Double(last + 1 - count) / Double(count) * 0.693)
        let k = scaled < 1 ? 0 : Int.bitWidth - scaled.leadingZeroBitCount - 1
        out.append(UInt8(k))
        var writer = BitWriter()
        var previous = -1
        for doc in chosen {
            let value = doc - previous - 1
            previous = doc
            writer.ones(value >> k, into: &out)
            writer.write(UInt64(value) & ((1 << k) - 1), bits: k + 1, into: &out)  // the zero ending the ones, then k bits
        }
        writer.flush(into: &out)
    }

    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }
}

/// Bits appended to a byte array most significant first, a byte at a time from a 64-bit
/// store; `flush` pads the last byte with zeros.
private struct BitWriter {
    private var store: UInt64 = 0
    private var used = 0

    /// `count` ones (a Rice code's quotient, without the zero that ends it).
    mutating func ones(_ count: Int, into out: inout [UInt8]) {
        var left = count
        while left > 0 {
            let step = min(left, 32)
            write((1 << UInt64(step)) - 1, bits: step, into: &out)
            left -= step
        }
    }

    /// The low `bits` bits of `value` (at most 32), highest first.
    mutating func write(_ value: UInt64, bits: Int, into out: inout [UInt8]) {
        store = store << UInt64(bits) | value
        used += bits
        while used >= 8 {
            used -= 8
            out.append(UInt8(truncatingIfNeeded: store >> UInt64(used)))
        }
    }

    mutating func flush(into out: inout [UInt8]) {
        if used > 0 { out.append(UInt8(truncatingIfNeeded: store << UInt64(8 - used))) }
        (store, used) = (0, 0)
    }
}

/// Reads what `PostingsCoding` wrote (for tests; the browser has its own reader).
private struct BitReader {
    let bytes: ArraySlice<UInt8>
    private(set) var position: Int
    private var bit = 0

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func list(count: Int) -> [Int] {
        guard count > 1 else { return count == 1 ? [varint()] : [] }
        let k = Int(bytes[position])
        position += 1
        var docs: [Int] = [], previous = -1
        for _ in 0..<count {
            var quotient = 0
            while next() == 1 { quotient += 1 }
            var value = quotient
            for _ in 0..<k { value = value << 1 | next() }
            previous += value + 1
            docs.append(previous)
        }
        if bit > 0 { (position, bit) = (position + 1, 0) }
        return docs
    }

    mutating func varint() -> Int {
        var value = 0, shift = 0
        while true {
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    private mutating func next() -> Int {
        let value = Int(bytes[position] >> (7 - bit)) & 1
        bit += 1
        if bit == 8 { (position, bit) = (position + 1, 0) }
        return value
    }
}
