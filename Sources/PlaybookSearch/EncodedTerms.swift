/// A run of terms in byte order, each with its encoded postings, held in five flat arrays
/// rather than a `String` and an array per term: a Chinese index has some 200,000 terms.
/// A term's postings are bits (`PostingsCoding`), kept here padded to whole bytes, with
/// their number of bits: a shard joins them with no padding.
struct EncodedTerms: Sendable {
    private(set) var bytes: [UInt8] = []
    private var termEnds: [Int] = []
    private(set) var postings: [UInt8] = []
    private var postingEnds: [Int] = []
    private var postingBitCounts: [Int32] = []

    var count: Int { termEnds.count }

    init() {}

    /// Room for `terms` terms of `termBytes` bytes in all, with `postingBytes` of postings.
    init(reservingTerms terms: Int, termBytes: Int, postingBytes: Int) {
        bytes.reserveCapacity(termBytes)
        termEnds.reserveCapacity(terms)
        postings.reserveCapacity(postingBytes)
        postingEnds.reserveCapacity(terms)
        postingBitCounts.reserveCapacity(terms)
    }

    /// Terms `bytes`, each ending at its `termEnds`, in byte order, with their postings one
    /// after the other in `postings`, each padded to whole bytes, ending at its `postingEnds`,
    /// of `postingBitCounts` bits.
    init(bytes: [UInt8], termEnds: [Int], postings: [UInt8], postingEnds: [Int], postingBitCounts: [Int32]) {
        (self.bytes, self.termEnds, self.postings, self.postingEnds, self.postingBitCounts) = (bytes, termEnds, postings, postingEnds, postingBitCounts)
    }

    /// The runs one after the other, as one run.
    init(joining runs: [EncodedTerms]) {
        self.init(reservingTerms: runs.reduce(0) { $0 + $1.count }, termBytes: runs.reduce(0) { $0 + $1.bytes.count },
                  postingBytes: runs.reduce(0) { $0 + $1.postings.count })
        for run in runs {
            let (byteBase, postingBase) = (bytes.count, postings.count)
            bytes += run.bytes
            termEnds += run.termEnds.lazy.map { $0 + byteBase }
            postings += run.postings
            postingEnds += run.postingEnds.lazy.map { $0 + postingBase }
            postingBitCounts += run.postingBitCounts
        }
    }

    func term(_ index: Int) -> Range<Int> { (index == 0 ? 0 : termEnds[index - 1])..<termEnds[index] }
    func postings(_ index: Int) -> Range<Int> { (index == 0 ? 0 : postingEnds[index - 1])..<postingEnds[index] }
    /// How many bits of `postings(index)` are the term's postings.
    func postingBits(_ index: Int) -> Int { Int(postingBitCounts[index]) }

    /// Adds a term, after every term already here, with its encoded postings: `bits` bits,
    /// padded to whole bytes.
    mutating func append<Bytes: Collection<UInt8>>(term: UnsafeBufferPointer<UInt8>, postings encoded: Bytes, bits: Int) {
        bytes.append(contentsOf: term)
        termEnds.append(bytes.count)
        postings.append(contentsOf: encoded)
        postingEnds.append(postings.count)
        postingBitCounts.append(Int32(bits))
    }

    /// Adds terms `indices` of `other` as they are there, after every term already here.
    mutating func append(_ indices: Range<Int>, of other: EncodedTerms) {
        guard !indices.isEmpty else { return }
        let (terms, postings) = (other.term(indices.lowerBound).lowerBound, other.postings(indices.lowerBound).lowerBound)
        let (byteShift, postingShift) = (bytes.count - terms, self.postings.count - postings)
        bytes += other.bytes[terms..<other.termEnds[indices.upperBound - 1]]
        termEnds += other.termEnds[indices].lazy.map { $0 + byteShift }
        self.postings += other.postings[postings..<other.postingEnds[indices.upperBound - 1]]
        postingEnds += other.postingEnds[indices].lazy.map { $0 + postingShift }
        postingBitCounts += other.postingBitCounts[indices]
    }

    /// The first place whose term does not come before `term` in byte order (`count` if none).
    func place(of term: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var (low, high) = (0, count)
            while low < high {
                let middle = (low + high) / 2
                if ByteOrder.precedes(UnsafeBufferPointer(rebasing: bytes[self.term(middle)]), term) { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}

extension EncodedTerms {
    /// The five arrays for the build cache, in this machine's byte order: the cache is made and
    /// read by one binary (its key), so on one kind of machine.
    func archive(into archive: inout ByteArchive) {
        archive.array(bytes)
        archive.array(termEnds)
        archive.array(postings)
        archive.array(postingEnds)
        archive.array(postingBitCounts)
    }

    /// What `archive(into:)` wrote, when it reads back as a run of terms: every end within its
    /// array and after the one before, every term's bits within its postings' bytes.
    init?(unarchiving reader: inout ByteArchive.Reader) {
        guard let bytes = reader.array(of: UInt8.self), let termEnds = reader.array(of: Int.self),
              let postings = reader.array(of: UInt8.self), let postingEnds = reader.array(of: Int.self),
              let postingBitCounts = reader.array(of: Int32.self),
              postingEnds.count == termEnds.count, postingBitCounts.count == termEnds.count,
              Self.ascend(termEnds, to: bytes.count), Self.ascend(postingEnds, to: postings.count) else { return nil }
        (self.bytes, self.termEnds, self.postings, self.postingEnds, self.postingBitCounts) = (bytes, termEnds, postings, postingEnds, postingBitCounts)
        guard (0..<count).allSatisfy({ self.postings($0).count == (self.postingBits($0) + 7) / 8 }) else { return nil }
    }

    private static func ascend(_ ends: [Int], to total: Int) -> Bool {
        var previous = 0
        for end in ends {
            guard end >= previous else { return false }
            previous = end
        }
        return previous == total
    }
}
