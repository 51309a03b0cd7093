import Testing
@testable import PlaybookSearch
import PlaybookFixtures
import PlaybookModel

/// ASCII words take a byte-level path; every text must give the terms the Unicode path gives.
struct SearchTokenizerFastPathTests {
    static let texts = [
        "Listen, RECALL & express!", "e-mail 2FA re-set_now", "  ", "a1b2 C3", "x\ty\nz",
        "Café Noël, naïve—RÉSUMÉ…", "HAND支柱Data", "团队的共情能力, 很重要。", "“Quoted” it’s ok", "e\u{301}te -\u{301}x",
        "ありがとう 감사 ÉCOLE", "Σίσυφος ΣΟΦΙΑ", "共\u{301}情\u{903}能 「引号」x共", "a ab 共 共情 𠀀𠀁\u{301}",
        "\u{F900}\u{8C48}\u{301}\u{F901} \u{FA0E}\u{2F800}x", "é\u{F900}", "\u{301}共\u{301}\u{302}é\u{301}共\u{F900}\u{301}",
    ]

    @Test(arguments: texts)
    func termsMatchTheUnicodePath(text: String) {
        var unicode: [String] = []
        for run in SearchTokenizer.runs(text) { SearchTokenizer.forEachTerm(of: run) { unicode.append($0) } }
        // As bytes, which the index keys terms by (`==` would let canonically equal ones pass).
        #expect(SearchTokenizer.terms(text).map { Array($0.utf8) } == unicode.map { Array($0.utf8) })
    }

    /// What the index takes: the same terms but each CJK character that its pair follows.
    @Test(arguments: texts)
    func theIndexLeavesOutTheCharactersPairsFollow(text: String) {
        var all: [[UInt8]] = [], indexed: [[UInt8]] = []
        SearchTokenizer.forEachTermUTF8(in: text) { all.append(Array($0)) }
        SearchTokenizer.forEachTermUTF8(in: text, leavingOutPairedCharacters: true) { indexed.append(Array($0)) }
        let kept = all.indices.filter { index in
            let scalars = String(decoding: all[index], as: UTF8.self).unicodeScalars
            let isCharacter = scalars.count == 1 && SearchTokenizer.isCJK(scalars.first!)
            return !(isCharacter && index + 1 < all.count && all[index + 1].count > all[index].count && all[index + 1].starts(with: all[index]))
        }
        #expect(indexed == kept.map { all[$0] })
    }

    @Test func everyASCIICharacterSplitsAsTheUnicodePathDoes() {
        for byte in UInt8(0)..<0x80 {
            let text = "aB\(Character(Unicode.Scalar(byte)))c9 é\(Character(Unicode.Scalar(byte)))"
            var unicode: [String] = []
            for run in SearchTokenizer.runs(text) { SearchTokenizer.forEachTerm(of: run) { unicode.append($0) } }
            #expect(SearchTokenizer.terms(text) == unicode, "byte \(byte)")
        }
    }

    /// The byte path also cuts at General Punctuation (U+2000–U+206F); every one of them,
    /// between ASCII words, accented words, CJK and combining marks, must cut as `runs` does.
    @Test func everyGeneralPunctuationCharacterSplitsAsTheUnicodePathDoes() {
        for value in UInt32(0x2000)...0x206F {
            let mark = Character(Unicode.Scalar(value)!)
            let text = "aB\(mark)c9 é\(mark)x 共\(mark)情 \(mark)\u{301}y it\(mark)s\(mark)"
            var unicode: [String] = []
            for run in SearchTokenizer.runs(text) { SearchTokenizer.forEachTerm(of: run) { unicode.append($0) } }
            #expect(SearchTokenizer.terms(text) == unicode, "U+\(String(value, radix: 16))")
        }
    }

    /// So does CJK punctuation (`，`, `。`, `「」`), next to Chinese, kana, Latin and marks; the
    /// letters and numbers among it (`々`, `〇`) must not cut.
    @Test func everyCJKSymbolAndFullwidthFormSplitsAsTheUnicodePathDoes() {
        for value in Array(UInt32(0x3000)...0x303F) + Array(UInt32(0xFF00)...0xFF7F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mark = Character(scalar)
            let text = "共\(mark)情 能\(mark)力\(mark) aB\(mark)c9 é\(mark)x か\(mark)な \(mark)\u{301}y \(mark)\(mark)"
            var unicode: [String] = []
            for run in SearchTokenizer.runs(text) { SearchTokenizer.forEachTerm(of: run) { unicode.append($0) } }
            #expect(SearchTokenizer.terms(text) == unicode, "U+\(String(value, radix: 16))")
        }
    }
}
