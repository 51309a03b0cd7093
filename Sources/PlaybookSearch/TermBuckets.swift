import PlaybookModel
import PlaybookSupport

/// Gathers a language's terms with their postings, in byte order, on every core.
///
/// Terms are split into `count` buckets by their first two bytes, contiguous ranges of them
/// chosen to hold about as many occurrences each: so bucket after bucket, each sorted, is the
/// whole index in order, with no merge. Each bucket's terms are numbered in a table of their
/// own, small enough to stay in the core's cache, where one table for all of a Chinese index's
/// terms missed it at nearly every occurrence (Benchmarks/README.md).
struct TermBuckets {
    static let count = 64
    /// Documents whose occurrences one task sorts into buckets.
    static let docsPerBlock = 256

    /// The occurrences of one block of documents, bucket after bucket, each as its document
    /// and fields (`doc << 3 | fields`): those of terms of at most eight bytes with their key
    /// (`TermKey`), the others with their bytes in `long` (the length as a varint, then the bytes).
    private struct Block: Sendable {
        var keys: [UInt64]
        var metas: [UInt32]
        var long: [UInt8]
        var longMetas: [UInt32]
        /// Where each bucket's occurrences start in `keys` and `metas`, in `long` and in
        /// `longMetas`, and where the last ends.
        var starts: [Int]
        var longByteStarts: [Int]
        var longStarts: [Int]
    }

    /// Each section's terms (`terms[doc]`) and pillars, by document number.
    static func encodedTerms(terms: [PackedTerms], pillars: [[String]]) -> [EncodedTerms] {
        precondition(terms.count < 1 << 29, "a document's number and fields fit in 32 bits")
        let blocks = stride(from: 0, to: terms.count, by: docsPerBlock).map { $0..<min($0 + docsPerBlock, terms.count) }
        // How many occurrences each two-byte start has, in a sample of the blocks (one in
        // sixteen, the first always): enough to share the work out.
        let sample = stride(from: 0, to: blocks.count, by: 16).map { blocks[$0] }
        let counts = sample.concurrentMap { block in
            var counts = [Int](repeating: 0, count: 1 << 16)
            for doc in block {
                for key in terms[doc].keys { counts[Int(key >> 48)] += 1 }
                forEachOther(terms[doc], pillars[doc]) { _, key, _ in counts[Int(key >> 48)] += 1 }
            }
            return counts
        }.reduce(into: [Int](repeating: 0, count: 1 << 16)) { total, counts in
            for key in counts.indices { total[key] += counts[key] }
        }
        let bucketOfKey = bucketsOfKeys(counts)
        let sorted = blocks.concurrentMap { block in
            sortIntoBuckets(block, terms: terms, pillars: pillars, bucketOfKey: bucketOfKey)
        }
        return Array(0..<count).concurrentMap { bucket in
            encode(bucket, of: sorted, universe: terms.count)
        }
    }

    /// A block's occurrences, copied bucket after bucket: counted first, so that each is written
    /// straight to its place. Counts and places are kept in buffers, not arrays, which would be
    /// checked for sharing at every occurrence; the copies are not zeroed first.
    private static func sortIntoBuckets(_ docs: Range<Int>, terms: [PackedTerms], pillars: [[String]], bucketOfKey: [UInt8]) -> Block {
        // Per bucket: short occurrences, long occurrences, long bytes (each shifted by one).
        var counts = [Int](repeating: 0, count: 3 * (count + 1))
        bucketOfKey.withUnsafeBufferPointer { bucketOfKey in
            counts.withUnsafeMutableBufferPointer { counts in
                for doc in docs {
                    terms[doc].keys.withUnsafeBufferPointer { keys in
                        for key in keys { counts[Int(bucketOfKey[Int(key >> 48)]) + 1] += 1 }
                    }
                    forEachOther(terms[doc], pillars[doc]) { term, key, _ in
                        let bucket = Int(bucketOfKey[Int(key >> 48)]) + 1
                        if term.count <= 8 {
                            counts[bucket] += 1
                        } else {
                            counts[count + 1 + bucket] += 1
                            counts[2 * (count + 1) + bucket] += varintLength(term.count) + term.count
                        }
                    }
                }
            }
        }
        for bucket in 0..<count {
            for part in 0..<3 { counts[part * (count + 1) + bucket + 1] += counts[part * (count + 1) + bucket] }
        }
        var next = counts
        var keys: [UInt64] = [], metas: [UInt32] = [], long: [UInt8] = [], longMetas: [UInt32] = []
        keys = [UInt64](unsafeUninitializedCapacity: counts[count]) { keys, keysCount in
            metas = [UInt32](unsafeUninitializedCapacity: counts[count]) { metas, metasCount in
                longMetas = [UInt32](unsafeUninitializedCapacity: counts[2 * count + 1]) { longMetas, longMetasCount in
                    long = [UInt8](unsafeUninitializedCapacity: counts[3 * count + 2]) { long, longCount in
                        bucketOfKey.withUnsafeBufferPointer { bucketOfKey in
                            next.withUnsafeMutableBufferPointer { next in
                                for doc in docs {
                                    let docMeta = UInt32(doc) << 3
                                    terms[doc].keys.withUnsafeBufferPointer { docKeys in
                                        for key in docKeys {
                                            let bucket = Int(bucketOfKey[Int(key >> 48)]), at = next[bucket]
                                            (keys[at], metas[at]) = (key & ~0xFF, docMeta | UInt32(key & 0xFF))
                                            next[bucket] = at + 1
                                        }
                                    }
                                    forEachOther(terms[doc], pillars[doc]) { term, key, fields in
                                        let bucket = Int(bucketOfKey[Int(key >> 48)])
                                        let meta = docMeta | UInt32(fields)
                                        if term.count <= 8 {
                                            let at = next[bucket]
                                            (keys[at], metas[at]) = (key, meta)
                                            next[bucket] = at + 1
                                            return
                                        }
                                        longMetas[next[count + 1 + bucket]] = meta
                                        next[count + 1 + bucket] += 1
                                        var at = next[2 * (count + 1) + bucket], length = term.count
                                        while length >= 0x80 {
                                            long[at] = UInt8(length & 0x7F) | 0x80
                                            (at, length) = (at + 1, length >> 7)
                                        }
                                        long[at] = UInt8(length)
                                        (long.baseAddress! + at + 1).initialize(from: term.baseAddress!, count: term.count)
                                        next[2 * (count + 1) + bucket] = at + 1 + term.count
                                    }
                                }
                            }
                        }
                        longCount = long.count
                    }
                    longMetasCount = longMetas.count
                }
                metasCount = metas.count
            }
            keysCount = keys.count
        }
        return Block(keys: keys, metas: metas, long: long, longMetas: longMetas, starts: Array(counts[0...count]),
                     longByteStarts: Array(counts[(2 * count + 2)...]), longStarts: Array(counts[(count + 1)...(2 * count + 1)]))
    }

    private static func varintLength(_ value: Int) -> Int {
        value < 0x80 ? 1 : 1 + varintLength(value >> 7)
    }

    /// Calls `body` with each term of a document that is not in its `terms.keys`: those of
    /// `terms.long`, then its `pillars`' terms (of any length); each with its key (`TermKey`)
    /// and its fields.
    private static func forEachOther(_ terms: PackedTerms, _ pillars: [String], _ body: (UnsafeBufferPointer<UInt8>, UInt64, UInt8) -> Void) {
        terms.forEachLong { body($0, TermKey.of($0), UInt8($1)) }
        for pillar in pillars {
            var term = SearchIndexBuilder.pillarTerm(pillar)
            term.withUTF8 { body($0, TermKey.of($0), UInt8(SearchField.text.rawValue)) }
        }
    }

    /// Each key's bucket: consecutive keys, about an equal share of the occurrences a bucket.
    private static func bucketsOfKeys(_ counts: [Int]) -> [UInt8] {
        let share = max(1, counts.reduce(0, +) / count)
        var buckets = [UInt8](repeating: 0, count: counts.count)
        var (bucket, filled) = (0, 0)
        for key in counts.indices {
            buckets[key] = UInt8(bucket)
            filled += counts[key]
            if filled >= share, bucket < count - 1 { (bucket, filled) = (bucket + 1, 0) }
        }
        return buckets
    }

    /// One bucket's terms in byte order with their encoded postings, from the blocks in
    /// document order; `universe` is the number of documents.
    private static func encode(_ bucket: Int, of blocks: [Block], universe: Int) -> EncodedTerms {
        let shortCount = blocks.reduce(0) { $0 + $1.starts[bucket + 1] - $1.starts[bucket] }
        let occurrences = shortCount + blocks.reduce(0) { $0 + $1.longStarts[bucket + 1] - $1.longStarts[bucket] }
        // About one distinct term in eight occurrences, in the corpora of Benchmarks/.
        var keys = TermKeyTable(expectedCount: shortCount / 8)
        var table = ByteStringTable(expectedCount: (occurrences - shortCount) / 8)
        // Each occurrence's term number, in document order: the short terms first, numbered
        // from 0, then the long ones, numbered after them. A counting sort by term number then
        // gives each term's documents in order without an array per term.
        let numbers = [Int32](unsafeUninitializedCapacity: occurrences) { numbers, initialized in
            initialized = occurrences
            var occurrence = 0
            for block in blocks {
                block.keys.withUnsafeBufferPointer { blockKeys in
                    for at in block.starts[bucket]..<block.starts[bucket + 1] {
                        numbers[occurrence] = keys.number(of: blockKeys[at])
                        occurrence += 1
                    }
                }
            }
            let shortTerms = Int32(keys.count)
            for block in blocks {
                block.long.withUnsafeBufferPointer { bytes in
                    var at = block.longByteStarts[bucket]
                    for _ in block.longStarts[bucket]..<block.longStarts[bucket + 1] {
                        var (length, shift) = (0, 0)
                        while bytes[at] >= 0x80 {
                            length |= Int(bytes[at] & 0x7F) << shift
                            (at, shift) = (at + 1, shift + 7)
                        }
                        length |= Int(bytes[at]) << shift
                        numbers[occurrence] = shortTerms + Int32(table.number(of: UnsafeBufferPointer(rebasing: bytes[(at + 1)..<(at + 1 + length)])).number)
                        at += 1 + length
                        occurrence += 1
                    }
                }
            }
        }
        let terms = keys.count + table.count
        var starts = [Int](repeating: 0, count: terms + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            for number in numbers { starts[Int(number) + 1] += 1 }
            for number in 0..<terms { starts[number + 1] += starts[number] }
        }
        // Every place is written once: the documents and fields are not zeroed first.
        var next = starts, sortedFields: [UInt8] = []
        let sortedDocs = [Int32](unsafeUninitializedCapacity: occurrences) { sortedDocs, docsCount in
            sortedFields = [UInt8](unsafeUninitializedCapacity: occurrences) { sortedFields, fieldsCount in
                next.withUnsafeMutableBufferPointer { next in
                    numbers.withUnsafeBufferPointer { numbers in
                        var occurrence = 0
                        for long in [false, true] {
                            for block in blocks {
                                let range = long ? block.longStarts[bucket]..<block.longStarts[bucket + 1] : block.starts[bucket]..<block.starts[bucket + 1]
                                (long ? block.longMetas : block.metas).withUnsafeBufferPointer { metas in
                                    for meta in metas[range] {
                                        let number = Int(numbers[occurrence]), at = next[number]
                                        sortedDocs[at] = Int32(meta >> 3)
                                        sortedFields[at] = UInt8(meta & 7)
                                        next[number] = at + 1
                                        occurrence += 1
                                    }
                                }
                            }
                        }
                    }
                }
                fieldsCount = occurrences
            }
            docsCount = occurrences
        }
        // The short terms by key and the long ones in byte order, merged: a short term of eight
        // bytes comes before the long ones it starts.
        let shortTerms = keys.count
        var order: [Int] = []
        order.reserveCapacity(terms)
        let longOrder = table.numbersInByteOrder()
        table.bytes.withUnsafeBufferPointer { bytes in
            var longNext = 0
            for number in keys.numbersInKeyOrder() {
                let key = keys.keys[Int(number)]
                while longNext < longOrder.count, TermKey.of(UnsafeBufferPointer(rebasing: bytes[table.span(of: longOrder[longNext])])) < key {
                    order.append(shortTerms + longOrder[longNext])
                    longNext += 1
                }
                order.append(Int(number))
            }
            order += longOrder[longNext...].lazy.map { shortTerms + $0 }
        }
        let shortBytes = keys.keys.reduce(0) { $0 + PackedTerms.length(ofKey: $1) }
        var termBytes: [UInt8] = [], termEnds: [Int] = [], postingEnds: [Int] = [], postingBits: [Int32] = []
        termBytes.reserveCapacity(shortBytes + table.bytes.count)
        termEnds.reserveCapacity(terms)
        postingEnds.reserveCapacity(terms)
        postingBits.reserveCapacity(terms)
        // Every term's postings written straight after the last's, padded to a whole byte: no
        // copy of them per term. About a byte of postings an occurrence, in the corpora of Benchmarks/.
        var postings = BitWriter(reservingBytes: occurrences + terms)
        table.bytes.withUnsafeBufferPointer { bytes in
            for number in order {
                var big = number < shortTerms ? keys.keys[number].bigEndian : 0
                withUnsafeBytes(of: &big) { raw in
                    termBytes += number < shortTerms
                        ? UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<PackedTerms.length(ofKey: keys.keys[number])])
                        : UnsafeBufferPointer(rebasing: bytes[table.span(of: number - shortTerms)])
                }
                termEnds.append(termBytes.count)
                let range = starts[number]..<starts[number + 1], before = postings.count
                PostingsCoding.encode(docs: sortedDocs[range], fields: sortedFields[range], universe: universe, into: &postings)
                postingBits.append(Int32(postings.count - before))
                postings.pad()
                postingEnds.append(postings.bytes.count)
            }
        }
        return EncodedTerms(bytes: termBytes, termEnds: termEnds, postings: postings.flush(), postingEnds: postingEnds, postingBitCounts: postingBits)
    }
}
