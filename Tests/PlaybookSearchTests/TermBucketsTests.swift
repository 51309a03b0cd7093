import Testing
@testable import PlaybookSearch
import PlaybookModel

@Suite struct TermBucketsTests {
    /// Terms as the parse stage packs them (`TermCollector`).
    func packed(_ terms: [(String, UInt8)]) -> PackedTerms {
        var collector = TermCollector(expectedTerms: 1)
        for (term, fields) in terms {
            var term = term
            term.withUTF8 { collector.add($0, fields: fields) }
        }
        return collector.terms
    }

    @Test func keysAreInByteOrderAndGiveTheirLength() {
        let terms = ["", "a", "ab", "b", "abcdefgh", "天", "天气", "z"].map { Array($0.utf8) }
        let keys = terms.map { term in term.withUnsafeBufferPointer { TermKey.of($0) } }
        #expect(keys.map(PackedTerms.length(ofKey:)) == terms.map(\.count))
        let byKey = terms.indices.sorted { keys[$0] < keys[$1] }.map { terms[$0] }
        #expect(byKey == terms.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func keyTableNumbersKeysInTheOrderFirstSeen() {
        var table = TermKeyTable(expectedCount: 1)
        let keys: [UInt64] = (0..<1000).map { UInt64($0 % 300) << 40 | 0x6100_0000_0000_0000 } + [0x6100_0000_0000_0000]
        let numbers = keys.map { table.number(of: $0) }
        #expect(numbers == keys.map { Int32($0 >> 40 & 0xFFFF) })
        #expect(table.count == 300)
        #expect(table.numbersInKeyOrder() == (0..<300).map { Int32($0) })
    }

    /// Keys differing in any of their bytes, some in all: numbered in key order as a sort of
    /// them would.
    @Test func keyTableSortsKeysDifferingAnywhere() {
        var seed: UInt64 = 7
        var table = TermKeyTable(expectedCount: 1)
        for round in 0..<3000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Mostly a few bytes differing, as in a bucket; every byte in one key of five.
            _ = table.number(of: round % 5 == 0 ? seed : 0xE4B8_0000_0000_0000 | (seed >> 40) << 16)
        }
        #expect(table.numbersInKeyOrder() == table.keys.indices.sorted { table.keys[$0] < table.keys[$1] }.map { Int32($0) })
    }

    /// Terms of eight bytes or fewer and longer ones sharing their start, in many documents and
    /// blocks: every term once, in byte order, with its documents and fields in order.
    @Test func shortAndLongTermsAreMergedInByteOrder() {
        let words = ["abcdefg", "abcdefgh", "abcdefgha", "abcdefghb", "abcdefgi", "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz",
                     "b", "天气", "天气好", "天", "ab", "abcdefghaa"]
        let docs = 3 * TermBuckets.docsPerBlock + 5
        var terms: [PackedTerms] = [], expected: [String: [(Int32, UInt8)]] = [:]
        for doc in 0..<docs {
            let chosen = words.enumerated().filter { (doc + $0.offset) % ($0.offset + 2) == 0 }.map(\.element)
            terms.append(packed(chosen.enumerated().map { ($1, UInt8(($0 + doc) % 7 + 1)) }))
            for (place, word) in chosen.enumerated() { expected[word, default: []].append((Int32(doc), UInt8((place + doc) % 7 + 1))) }
        }
        expected["#people", default: []].append((7, UInt8(SearchField.text.rawValue)))
        let pillars = (0..<docs).map { $0 == 7 ? ["people"] : [] }
        let runs = TermBuckets.encodedTerms(terms: terms, pillars: pillars)
        var found: [String] = []
        for run in runs {
            for number in 0..<run.count {
                let term = String(decoding: run.bytes[run.term(number)], as: UTF8.self)
                found.append(term)
                var reader = BitReader(bytes: Array(run.postings[run.postings(number)]))
                let postings = PostingsCoding.decode(&reader, universe: docs)
                #expect(postings.map(\.document) == expected[term]?.map { Int($0.0) }, "\(term)")
                #expect(postings.map(\.fields) == expected[term]?.map { Int($0.1 & 3) }, "\(term)")
            }
        }
        #expect(found == expected.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }
}
