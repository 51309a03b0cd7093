/// A term's postings as the index files hold them and `theme/search.js` reads them: every
/// document the term occurs in, and which of them have it in their title or a heading, as bits
/// (most significant first) that follow the previous term's with no padding: a shard's
/// postings are one bit stream (`SearchShards`), and a reader finds a term's by reading those
/// before it. `universe` is the index's number of documents, which the manifest gives.
///
/// - the number of documents `count`, Elias-gamma coded (`count` 1 is the one bit `1`);
/// - a bit, 1 when the term is in a title or heading of any of them; then, when it is, a bit
///   for a title, a bit for a heading;
/// - the documents (`list`): one is its number in `width(universe)` bits; more are the gaps
///   between them (the first counts from −1), less one, Rice-coded (the quotient in unary,
///   ones ended by a zero, then `k` low bits) with `k = riceParameter(universe, count)`,
///   which the reader works out as well;
/// - for a term of more than one document, for the title and then the heading when its bit is
///   set: how many of the documents have it there (gamma), and, unless all of them do, which
///   ones, as a list of their places among the term's documents (universe `count`).
///
/// A term in every document costs about a bit a document, as a bitmap would; a term in one
/// document, as most Chinese character pairs are, four bits and its number. Whether a term is
/// in a document's text is not kept: ranking needs only its best field.
enum PostingsCoding {
    /// Appends `docs` (ascending, each below `universe`) and their `fields` (`SearchField` bits).
    static func encode(docs: ArraySlice<Int32>, fields: ArraySlice<UInt8>, universe: Int, into writer: inout BitWriter) {
        docs.withUnsafeBufferPointer { docs in
            fields.withUnsafeBufferPointer { fields in
                let (title, heading) = (UInt8(SearchField.title.rawValue), UInt8(SearchField.heading.rawValue))
                if docs.count == 1, let (code, bits) = single(doc: docs[0], fields: fields[0], width: width(universe)) {
                    writer.write(code, bits: bits)
                    return
                }
                let seen = fields.reduce(0) { $0 | $1 }
                let (hasTitle, hasHeading) = (seen & title != 0, seen & heading != 0)
                writer.gamma(docs.count)
                if hasTitle || hasHeading {
                    writer.write(0b100 | (hasTitle ? 2 : 0) | (hasHeading ? 1 : 0), bits: 3)
                } else {
                    writer.write(0, bits: 1)
                }
                writeList(docs, count: docs.count, universe: universe, into: &writer)
                guard docs.count > 1 else { return }
                if hasTitle { writePlaces(of: title, in: fields, into: &writer) }
                if hasHeading { writePlaces(of: heading, in: fields, into: &writer) }
            }
        }
    }

    /// How many of a term's documents have `bit` in their `fields`, and, unless all of them
    /// do, which ones.
    private static func writePlaces(of bit: UInt8, in fields: UnsafeBufferPointer<UInt8>, into writer: inout BitWriter) {
        let places = fields.indices.lazy.filter { fields[$0] & bit != 0 }
        let count = places.count
        writer.gamma(count)
        if count < fields.count { writeList(places, count: count, universe: fields.count, into: &writer) }
    }

    /// The documents and their title and heading bits (the text bit is not kept), read from
    /// `reader`, which is left where the next term's postings start.
    static func decode(_ reader: inout BitReader, universe: Int) -> [(document: Int, fields: Int)] {
        let count = reader.gamma()
        let fields = reader.bit() == 1 ? reader.read(bits: 2) : 0
        let all = reader.list(count: count, universe: universe)
        var found = [Int](repeating: 0, count: count)
        if count == 1 {
            found[0] = (fields & 2 != 0 ? SearchField.title.rawValue : 0) | (fields & 1 != 0 ? SearchField.heading.rawValue : 0)
        } else {
            for (flag, field) in [(2, SearchField.title), (1, SearchField.heading)] where fields & flag != 0 {
                let subset = reader.gamma()
                let places = subset == count ? Array(0..<count) : reader.list(count: subset, universe: count)
                for place in places { found[place] |= field.rawValue }
            }
        }
        return zip(all, found).map { ($0, $1) }
    }

    /// The postings of a term in one document, `doc` of `width` bits (`width(universe)`) with
    /// `fields`, as one number of `bits` bits (what `encode` writes): its count (`1`), its
    /// fields, the document. Nil when they are more than 32 bits.
    static func single(doc: Int32, fields: UInt8, width: Int) -> (code: UInt64, bits: Int)? {
        guard width <= 28 else { return nil }
        let (hasTitle, hasHeading) = (fields & UInt8(SearchField.title.rawValue) != 0, fields & UInt8(SearchField.heading.rawValue) != 0)
        let (flags, flagBits): (UInt64, Int) = hasTitle || hasHeading ? (0b100 | (hasTitle ? 2 : 0) | (hasHeading ? 1 : 0), 3) : (0, 1)
        return (1 << UInt64(flagBits + width) | flags << UInt64(width) | UInt64(doc), 1 + flagBits + width)
    }

    /// The bits a list of one number below `universe` takes.
    static func width(_ universe: Int) -> Int {
        universe <= 1 ? 0 : Int.bitWidth - (universe - 1).leadingZeroBitCount
    }

    /// The Rice parameter of a list of `count` numbers below `universe`: gaps are
    /// near-geometric, and the best `k` is about log2(mean gap × ln 2). In integers, so that
    /// `theme/search.js` works out the same.
    static func riceParameter(_ universe: Int, _ count: Int) -> Int {
        let scaled = max(0, universe - count) * 693 / (count * 1000)
        return scaled < 1 ? 0 : Int.bitWidth - scaled.leadingZeroBitCount - 1
    }

    private static func writeList<Numbers: Sequence>(_ numbers: Numbers, count: Int, universe: Int, into writer: inout BitWriter)
    where Numbers.Element: BinaryInteger {
        guard count > 1 else {
            numbers.first { _ in true }.map { writer.write(UInt64($0), bits: width(universe)) }
            return
        }
        let k = riceParameter(universe, count)
        var previous = -1
        for number in numbers {
            let value = Int(number) - previous - 1
            previous = Int(number)
            let quotient = value >> k
            if quotient + k < 32 {
                // The ones, the zero ending them and the k bits in one write.
                writer.write(((1 << UInt64(quotient)) - 1) << UInt64(k + 1) | UInt64(value) & ((1 << k) - 1), bits: quotient + k + 1)
            } else {
                writer.ones(quotient)
                writer.write(UInt64(value) & ((1 << k) - 1), bits: k + 1)  // the zero ending the ones, then k bits
            }
        }
    }
}

/// Bits appended most significant first to `bytes`, four bytes at a time from a 64-bit
/// store; `pad` and `flush` write out the rest, padding the last byte with zeros.
struct BitWriter {
    /// The bytes written so far: up to 31 bits more wait in the store until `pad` or `flush`.
    private(set) var bytes: [UInt8] = []
    private var store: UInt64 = 0
    private var used = 0

    /// The bits written so far.
    var count: Int { bytes.count * 8 + used }

    init() {}

    /// A writer with room for `capacity` bytes.
    init(reservingBytes capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// `count` ones (a Rice code's quotient, without the zero that ends it).
    mutating func ones(_ count: Int) {
        var left = count
        while left > 0 {
            let step = min(left, 32)
            write((1 << UInt64(step)) - 1, bits: step)
            left -= step
        }
    }

    /// The low `bits` bits of `value` (at most 32), highest first.
    mutating func write(_ value: UInt64, bits: Int) {
        guard bits > 0 else { return }
        store = store << UInt64(bits) | value
        used += bits
        if used >= 32 {
            used -= 32
            // As typed bytes: appending raw bytes would copy them one at a time.
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: store >> UInt64(used)).bigEndian) { bytes.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Pads the bits written with zeros to a whole byte, all of them then in `bytes`.
    mutating func pad() {
        while used >= 8 {
            used -= 8
            bytes.append(UInt8(truncatingIfNeeded: store >> UInt64(used)))
        }
        if used > 0 { bytes.append(UInt8(truncatingIfNeeded: store << UInt64(8 - used))) }
        used = 0
    }

    /// `value` ≥ 1 Elias-gamma coded: as many zeros as it has bits after its first, then its bits.
    mutating func gamma(_ value: Int) {
        let bits = Int.bitWidth - value.leadingZeroBitCount
        write(0, bits: bits - 1)
        write(UInt64(value), bits: bits)
    }

    /// The first `count` bits of `other` (as `pad` leaves them in `bytes`).
    mutating func append(_ other: UnsafeBufferPointer<UInt8>, bits count: Int) {
        var (at, left) = (0, count)
        // Up to 32 bits in a write, from the bytes that hold them.
        while left > 0 {
            let (bits, bytes) = (min(left, 32), (min(left, 32) + 7) / 8)
            var value: UInt64 = 0
            for offset in 0..<bytes { value = value << 8 | UInt64(other[at + offset]) }
            write(value >> UInt64(8 * bytes - bits), bits: bits)
            (at, left) = (at + bytes, left - bits)
        }
    }

    /// The bytes, the last padded with zeros; the writer starts again empty.
    mutating func flush() -> [UInt8] {
        pad()
        defer { (bytes, store) = ([], 0) }
        return bytes
    }

    /// Empties the writer, keeping its buffer's capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        (store, used) = (0, 0)
    }
}

/// Reads what `BitWriter` wrote (for tests; the browser has its own reader).
struct BitReader {
    let bytes: [UInt8]
    /// The next bit's place, counted from the first byte's highest bit.
    private(set) var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func bit() -> Int {
        defer { position += 1 }
        return Int(bytes[position >> 3] >> (7 - UInt8(position & 7))) & 1
    }

    mutating func read(bits: Int) -> Int {
        var value = 0
        for _ in 0..<bits { value = value << 1 | bit() }
        return value
    }

    mutating func gamma() -> Int {
        var zeros = 0
        while bit() == 0 { zeros += 1 }
        return 1 << zeros | read(bits: zeros)
    }

    /// `count` ascending numbers below `universe`, as `PostingsCoding` writes a list.
    mutating func list(count: Int, universe: Int) -> [Int] {
        guard count > 1 else { return count == 1 ? [read(bits: PostingsCoding.width(universe))] : [] }
        let k = PostingsCoding.riceParameter(universe, count)
        var numbers: [Int] = [], previous = -1
        for _ in 0..<count {
            var quotient = 0
            while bit() == 1 { quotient += 1 }
            previous += (quotient << k | read(bits: k)) + 1
            numbers.append(previous)
        }
        return numbers
    }
}
