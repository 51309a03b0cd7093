import Testing
@testable import PlaybookSearch

@Suite struct PackedTermsTests {
    /// Each term once, with every field it was added with: those of at most seven bytes in the
    /// order first added, then the longer ones in theirs; past the tables' first size (16
    /// slots), so growing is covered.
    @Test func everyTermComesBackOnceWithItsFields() {
        let added: [(String, UInt8)] = [("listen", 1), ("understanding", 2), ("共情", 2), ("listen", 4), ("共", 7), ("café", 4), ("2fa", 1),
                                        ("倾听共情", 4), ("ñ", 2), ("2fa", 4), ("listen", 1), ("listens", 2), ("listened", 2), ("listening", 1), ("understanding", 1)]
            + (0..<40).map { ("w\($0)", 1) } + [("共情", 4)]
        var collector = TermCollector(expectedTerms: 1)
        for (term, fields) in added {
            var term = term
            term.withUTF8 { collector.add($0, fields: fields) }
        }
        var unpacked: [(String, Int)] = []
        collector.terms.forEach { unpacked.append((String(decoding: $0, as: UTF8.self), $1)) }
        let expected = [("listen", 5), ("共情", 6), ("共", 7), ("café", 4), ("2fa", 5), ("ñ", 2), ("listens", 2)] + (0..<40).map { ("w\($0)", 1) }
            + [("understanding", 3), ("倾听共情", 4), ("listened", 2), ("listening", 1)]
        #expect(unpacked.map(\.0) == expected.map(\.0))
        #expect(unpacked.map(\.1) == expected.map(\.1))
    }

    /// Strings are numbered in the order first seen, by their bytes alone (two canonically
    /// equal ideographs are two strings here): the empty string and prefixes of others are
    /// strings of their own, and numbers survive the table growing.
    @Test func theTableNumbersEachDistinctByteString() {
        var table = ByteStringTable(expectedCount: 1)
        let keys = ["", "a", "ab", "a", "", "\u{F900}", "\u{8C48}"] + (0..<100).map { "k\($0)" } + ["ab"]
        var numbers: [Int] = []
        var added: [Bool] = []
        for key in keys {
            var key = key
            let (number, isNew) = key.withUTF8 { table.number(of: $0) }
            numbers.append(number)
            added.append(isNew)
        }
        #expect(Array(numbers.prefix(7)) == [0, 1, 2, 1, 0, 3, 4])
        #expect(numbers.suffix(101) == ArraySlice(Array(5..<105) + [2]))
        #expect(added.filter { $0 }.count == table.count && table.count == 105)
        #expect((0..<table.count).map(table.string) == ["", "a", "ab", "\u{F900}", "\u{8C48}"] + (0..<100).map { "k\($0)" })
    }
}
