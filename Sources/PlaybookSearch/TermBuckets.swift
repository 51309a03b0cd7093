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

    /// The occurrences of one block of documents, bucket after bucket: for each, the term's
    /// length (a varint), its fields and its bytes in `bytes`, and its document in `docs`.
    private struct Block: Sendable {
        var bytes: [UInt8]
        var docs: [Int32]
        /// Where each bucket's occurrences start in `bytes` and `docs`, and where the last ends.
        var byteStarts: [Int]
        var docStarts: [Int]
    }

    /// Each section's terms (`terms[doc]`) and pillars, by document number.
    static func encodedTerms(terms: [PackedTerms], pillars: [[String]]) -> [EncodedTerms] {
        let blocks = stride(from: 0, to: terms.count, by: docsPerBlock).map { $0..<min($0 + docsPerBlock, terms.count) }
        // How many occurrences each two-byte start has, in a sample of the blocks (one in
        // sixteen, the first always): enough to share the work out.
        let sample = stride(from: 0, to: blocks.count, by: 16).map { blocks[$0] }
        let counts = sample.concurrentMap { block in
            var counts = [Int](repeating: 0, count: 1 << 16)
            forEachOccurrence(terms, pillars, in: block) { term, _, _ in counts[key(term)] += 1 }
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
        var byteCounts = [Int](repeating: 0, count: count + 1), docCounts = [Int](repeating: 0, count: count + 1)
        bucketOfKey.withUnsafeBufferPointer { bucketOfKey in
            byteCounts.withUnsafeMutableBufferPointer { byteCounts in
                docCounts.withUnsafeMutableBufferPointer { docCounts in
                    forEachOccurrence(terms, pillars, in: docs) { term, _, _ in
                        let bucket = Int(bucketOfKey[key(term)])
                        byteCounts[bucket + 1] += varintLength(term.count) + 1 + term.count
                        docCounts[bucket + 1] += 1
                    }
                }
            }
        }
        for bucket in 0..<count {
            byteCounts[bucket + 1] += byteCounts[bucket]
            docCounts[bucket + 1] += docCounts[bucket]
        }
        var (byteNext, docNext) = (byteCounts, docCounts)
        var blockDocs: [Int32] = []
        let bytes = [UInt8](unsafeUninitializedCapacity: byteCounts[count]) { bytes, initialized in
            let docNumbers = [Int32](unsafeUninitializedCapacity: docCounts[count]) { docNumbers, docsInitialized in
                bucketOfKey.withUnsafeBufferPointer { bucketOfKey in
                    byteNext.withUnsafeMutableBufferPointer { byteNext in
                        docNext.withUnsafeMutableBufferPointer { docNext in
                            forEachOccurrence(terms, pillars, in: docs) { term, doc, fields in
                                let bucket = Int(bucketOfKey[key(term)])
                                var at = byteNext[bucket], length = term.count
                                while length >= 0x80 {
                                    bytes[at] = UInt8(length & 0x7F) | 0x80
                                    (at, length) = (at + 1, length >> 7)
                                }
                                bytes[at] = UInt8(length)
                                bytes[at + 1] = fields
                                if let source = term.baseAddress { (bytes.baseAddress! + at + 2).initialize(from: source, count: term.count) }
                                byteNext[bucket] = at + 2 + term.count
                                docNumbers[docNext[bucket]] = doc
                                docNext[bucket] += 1
                            }
                        }
                    }
                }
                docsInitialized = docNumbers.count
            }
            initialized = bytes.count
            blockDocs = docNumbers
        }
        return Block(bytes: bytes, docs: blockDocs, byteStarts: byteCounts, docStarts: docCounts)
    }

    private static func varintLength(_ value: Int) -> Int {
        value < 0x80 ? 1 : 1 + varintLength(value >> 7)
    }

    /// Calls `body` with each term of documents `docs`, its document and its fields.
    private static func forEachOccurrence(_ terms: [PackedTerms], _ pillars: [[String]], in docs: Range<Int>,
                                          _ body: (UnsafeBufferPointer<UInt8>, Int32, UInt8) -> Void) {
        for doc in docs {
            terms[doc].forEach { body($0, Int32(doc), UInt8($1)) }
            for pillar in pillars[doc] {
                var term = SearchIndexBuilder.pillarTerm(pillar)
                term.withUTF8 { body($0, Int32(doc), UInt8(SearchField.text.rawValue)) }
            }
        }
    }

    /// The first two bytes of a term, the second 0 for a one-byte term (no term holds a 0
    /// byte, so the order of keys follows the order of terms).
    private static func key(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        term.isEmpty ? 0 : Int(term[0]) << 8 | (term.count > 1 ? Int(term[1]) : 0)
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
        let occurrences = blocks.reduce(0) { $0 + $1.docStarts[bucket + 1] - $1.docStarts[bucket] }
        // About one distinct term in eight occurrences, in the corpora of Benchmarks/.
        var table = ByteStringTable(expectedCount: occurrences / 8)
        // Each occurrence as (term number, document, fields), in document order; a counting sort
        // by term number then gives each term's documents in order without an array per term.
        var numbers = [Int32](repeating: 0, count: occurrences), docs = [Int32](repeating: 0, count: occurrences)
        var fields = [UInt8](repeating: 0, count: occurrences)
        numbers.withUnsafeMutableBufferPointer { numbers in
            docs.withUnsafeMutableBufferPointer { docs in
                fields.withUnsafeMutableBufferPointer { fields in
                    var occurrence = 0
                    for block in blocks {
                        block.bytes.withUnsafeBufferPointer { bytes in
                            var at = block.byteStarts[bucket]
                            for doc in block.docs[block.docStarts[bucket]..<block.docStarts[bucket + 1]] {
                                var (length, shift) = (0, 0)
                                while bytes[at] >= 0x80 {
                                    length |= Int(bytes[at] & 0x7F) << shift
                                    (at, shift) = (at + 1, shift + 7)
                                }
                                length |= Int(bytes[at]) << shift
                                fields[occurrence] = bytes[at + 1]
                                numbers[occurrence] = Int32(table.number(of: UnsafeBufferPointer(rebasing: bytes[(at + 2)..<(at + 2 + length)])).number)
                                docs[occurrence] = doc
                                at += 2 + length
                                occurrence += 1
                            }
                        }
                    }
                }
            }
        }
        var starts = [Int](repeating: 0, count: table.count + 1)
        for number in numbers { starts[Int(number) + 1] += 1 }
        for number in 0..<table.count { starts[number + 1] += starts[number] }
        var sortedDocs = [Int32](repeating: 0, count: numbers.count), sortedFields = [UInt8](repeating: 0, count: numbers.count)
        var next = starts
        next.withUnsafeMutableBufferPointer { next in
            sortedDocs.withUnsafeMutableBufferPointer { sortedDocs in
                sortedFields.withUnsafeMutableBufferPointer { sortedFields in
                    for (occurrence, number) in numbers.enumerated() {
                        let at = next[Int(number)]
                        sortedDocs[at] = docs[occurrence]
                        sortedFields[at] = fields[occurrence]
                        next[Int(number)] += 1
                    }
                }
            }
        }
        // About a byte of postings an occurrence, in the corpora of Benchmarks/.
        var encoded = EncodedTerms(reservingTerms: table.count, termBytes: table.bytes.count, postingBytes: occurrences + table.count)
        var postings = BitWriter()
        table.bytes.withUnsafeBufferPointer { bytes in
            for number in table.numbersInByteOrder() {
                let range = starts[number]..<starts[number + 1]
                PostingsCoding.encode(docs: sortedDocs[range], fields: sortedFields[range], universe: universe, into: &postings)
                let bits = postings.count
                postings.write(0, bits: (8 - bits % 8) % 8)
                encoded.append(term: UnsafeBufferPointer(rebasing: bytes[table.span(of: number)]), postings: postings.bytes, bits: bits)
                postings.removeAll()
            }
        }
        return encoded
    }
}
