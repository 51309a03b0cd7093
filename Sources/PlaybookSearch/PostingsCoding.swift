/// A term's postings as the index files hold them and `theme/search.js` reads them: three
/// lists of document numbers, every document the term occurs in, those with it in their title,
/// those with it in their heading. Each list is its length as a varint, then, when not empty,
/// a byte `k` and the gaps between numbers (the first counts from −1), less one, Rice-coded
/// with parameter `k`: the quotient in unary (ones ended by a zero), then `k` low bits, most
/// significant bit first, the list padded to a whole byte.
///
/// A term in every document costs a bit a document, as a bitmap would; a rare one a few bytes.
/// Whether a term is in a document's text is not kept: ranking needs only its best field.
enum PostingsCoding {
    /// Appends `docs` (ascending) and their `fields` (`SearchField` bits).
    static func encode(docs: [Int32], fields: [UInt8], into out: inout [UInt8]) {
        encodeList(docs, into: &out)
        encodeList(docs.indices.lazy.filter { fields[$0] & UInt8(SearchField.title.rawValue) != 0 }.map { docs[$0] }, into: &out)
        encodeList(docs.indices.lazy.filter { fields[$0] & UInt8(SearchField.heading.rawValue) != 0 }.map { docs[$0] }, into: &out)
    }

    /// The documents and their title and heading bits (the text bit is not kept).
    static func decode(_ bytes: ArraySlice<UInt8>) -> [(document: Int, fields: Int)] {
        var reader = BitReader(bytes: bytes)
        let all = reader.list(), titles = Set(reader.list()), headings = Set(reader.list())
        return all.map { document in
            (document, (titles.contains(document) ? SearchField.title.rawValue : 0)
                | (headings.contains(document) ? SearchField.heading.rawValue : 0))
        }
    }

    private static func encodeList(_ docs: some Collection<Int32>, into out: inout [UInt8]) {
        appendVarint(docs.count, to: &out)
        guard let last = docs.max() else { return }
        // Gaps are near-geometric; the best `k` is about log2(mean gap × ln 2).
        let meanGap = Double(Int(last) + 1 - docs.count) / Double(docs.count)
        let scaled = Int(meanGap * 0.693)
        let k = scaled < 1 ? 0 : Int.bitWidth - scaled.leadingZeroBitCount - 1
        out.append(UInt8(k))
        var writer = BitWriter()
        var previous = -1
        for doc in docs {
            let value = Int(doc) - previous - 1
            previous = Int(doc)
            writer.ones(value >> k, into: &out)
            writer.bits(value, count: k, into: &out)
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

/// Bits appended to a byte array most significant first; `flush` pads the last byte with zeros.
private struct BitWriter {
    private var current: UInt8 = 0
    private var used = 0

    /// `count` ones and a zero: a Rice code's quotient.
    mutating func ones(_ count: Int, into out: inout [UInt8]) {
        for _ in 0..<count { bit(1, into: &out) }
        bit(0, into: &out)
    }

    /// The low `count` bits of `value`, highest first.
    mutating func bits(_ value: Int, count: Int, into out: inout [UInt8]) {
        var shift = count - 1
        while shift >= 0 {
            bit(UInt8((value >> shift) & 1), into: &out)
            shift -= 1
        }
    }

    private mutating func bit(_ bit: UInt8, into out: inout [UInt8]) {
        current = current << 1 | bit
        used += 1
        if used == 8 {
            out.append(current)
            (current, used) = (0, 0)
        }
    }

    mutating func flush(into out: inout [UInt8]) {
        if used > 0 { out.append(current << (8 - used)) }
    }
}

/// Reads what `PostingsCoding` wrote (for tests; the browser has its own reader).
private struct BitReader {
    let bytes: ArraySlice<UInt8>
    var position: Int
    var bit = 0

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func list() -> [Int] {
        let count = varint()
        guard count > 0 else { return [] }
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

    private mutating func varint() -> Int {
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
