import Foundation
import PlaybookModel
import PlaybookSupport

/// The terms of a block of consecutive documents in byte order, each with the documents it is
/// in and its fields there: made for each block on its own core, then merged (`merge`).
struct TermRun: Sendable {
    private var bytes: [UInt8] = []
    private var termEnds: [Int] = []
    private var postingEnds: [Int] = []
    private var docs: [Int32] = []
    private var fields: [UInt8] = []

    var count: Int { termEnds.count }

    /// `terms` and `pillars` are those of documents `docs`, in order.
    init(docs range: Range<Int>, terms: ArraySlice<PackedTerms>, pillars: [[String]]) {
        var table = ByteStringTable(expectedCount: 1 << 14)
        // Each occurrence as (term number, document, fields), in document order; a counting sort
        // by term number then gives each term's documents in order without an array per term.
        var numbers: [Int32] = [], occurrenceDocs: [Int32] = [], occurrenceFields: [UInt8] = []
        func add(_ term: UnsafeBufferPointer<UInt8>, _ doc: Int, _ bits: Int) {
            numbers.append(Int32(table.number(of: term).number))
            occurrenceDocs.append(Int32(doc))
            occurrenceFields.append(UInt8(bits))
        }
        for (offset, (packed, docPillars)) in zip(terms, pillars).enumerated() {
            let doc = range.lowerBound + offset
            packed.forEach { add($0, doc, $1) }
            for pillar in docPillars {
                var term = SearchIndexBuilder.pillarTerm(pillar)
                term.withUTF8 { add($0, doc, SearchField.text.rawValue) }
            }
        }
        var starts = [Int](repeating: 0, count: table.count + 1)
        for number in numbers { starts[Int(number) + 1] += 1 }
        for number in 0..<table.count { starts[number + 1] += starts[number] }
        var next = starts
        docs = [Int32](repeating: 0, count: numbers.count)
        fields = [UInt8](repeating: 0, count: numbers.count)
        for (occurrence, number) in numbers.enumerated() {
            let at = next[Int(number)]
            docs[at] = occurrenceDocs[occurrence]
            fields[at] = occurrenceFields[occurrence]
            next[Int(number)] += 1
        }
        // Lay the postings out again in the terms' byte order.
        let order = table.numbersInByteOrder()
        var sortedDocs: [Int32] = [], sortedFields: [UInt8] = []
        sortedDocs.reserveCapacity(docs.count)
        sortedFields.reserveCapacity(docs.count)
        bytes.reserveCapacity(table.bytes.count)
        for number in order {
            bytes.append(contentsOf: table.bytes[table.span(of: number)])
            termEnds.append(bytes.count)
            sortedDocs.append(contentsOf: docs[starts[number]..<starts[number + 1]])
            sortedFields.append(contentsOf: fields[starts[number]..<starts[number + 1]])
            postingEnds.append(sortedDocs.count)
        }
        (docs, fields) = (sortedDocs, sortedFields)
    }

    private func term(_ index: Int) -> Range<Int> { (index == 0 ? 0 : termEnds[index - 1])..<termEnds[index] }
    private func postings(_ index: Int) -> Range<Int> { (index == 0 ? 0 : postingEnds[index - 1])..<postingEnds[index] }

    private func withTerm<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[term(index)])) }
    }

    /// The first term not before `bound` (all of them for nil).
    private func lowerBound(_ bound: [UInt8]?) -> Int {
        guard let bound else { return count }
        var (low, high) = (0, count)
        bound.withUnsafeBufferPointer { bound in
            while low < high {
                let middle = (low + high) / 2
                if withTerm(middle, { ByteOrder.precedes($0, bound) }) { low = middle + 1 } else { high = middle }
            }
        }
        return low
    }

    /// The runs' terms, each once with the postings of all runs (which hold consecutive blocks
    /// of documents, in order), encoded. The terms are split into ranges merged on every core.
    static func merge(_ runs: [TermRun]) -> [EncodedTerms] {
        guard let largest = runs.max(by: { $0.count < $1.count }), largest.count > 0 else { return [] }
        let parts = min(ProcessInfo.processInfo.activeProcessorCount * 8, max(1, largest.count / 512))
        let splitters: [[UInt8]?] = [nil] + (1..<parts).map { part in
            Array(largest.bytes[largest.term(part * largest.count / parts)])
        } + [nil]
        return (0..<parts).map { $0 }.concurrentMap { part in
            let low = splitters[part].map { bound in runs.map { $0.lowerBound(bound) } } ?? runs.map { _ in 0 }
            let high = runs.map { $0.lowerBound(splitters[part + 1]) }
            return mergeRange(runs, from: low, to: high)
        }
    }

    /// Merges terms `low[run]..<high[run]` of each run with a heap of the runs' next terms.
    private static func mergeRange(_ runs: [TermRun], from low: [Int], to high: [Int]) -> EncodedTerms {
        var merged = EncodedTerms()
        var next = low
        var heap = (0..<runs.count).filter { next[$0] < high[$0] }
        // Heap order: by term, then by run, so that a term's postings come in document order.
        func before(_ a: Int, _ b: Int) -> Bool {
            runs[a].withTerm(next[a]) { x in
                runs[b].withTerm(next[b]) { y in ByteOrder.precedes(x, y) || (!ByteOrder.precedes(y, x) && a < b) }
            }
        }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let (left, right) = (2 * parent + 1, 2 * parent + 2)
                var least = parent
                if left < heap.count, before(heap[left], heap[least]) { least = left }
                if right < heap.count, before(heap[right], heap[least]) { least = right }
                if least == parent { return }
                heap.swapAt(parent, least)
                parent = least
            }
        }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        var docs: [Int32] = [], fields: [UInt8] = [], encoded: [UInt8] = []
        var current: [UInt8] = []
        func flush() {
            guard !docs.isEmpty else { return }
            encoded.removeAll(keepingCapacity: true)
            PostingsCoding.encode(docs: docs, fields: fields, into: &encoded)
            current.withUnsafeBufferPointer { merged.append(term: $0, postings: encoded) }
            docs.removeAll(keepingCapacity: true)
            fields.removeAll(keepingCapacity: true)
        }
        while let run = heap.first {
            let isSame = runs[run].withTerm(next[run]) { term in current.withUnsafeBufferPointer { $0.elementsEqual(term) } }
            if !isSame {
                flush()
                current.removeAll(keepingCapacity: true)
                runs[run].withTerm(next[run]) { current.append(contentsOf: $0) }
            }
            let range = runs[run].postings(next[run])
            docs.append(contentsOf: runs[run].docs[range])
            fields.append(contentsOf: runs[run].fields[range])
            next[run] += 1
            if next[run] == high[run] {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            siftDown(0)
        }
        flush()
        return merged
    }
}
