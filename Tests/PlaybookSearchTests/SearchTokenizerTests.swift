import Testing
@testable import PlaybookSearch
import PlaybookFixtures
import PlaybookModel

@Suite struct SearchTokenizerTests {
    @Test func englishWordsAreLowerCasedAndSplitOnPunctuation() {
        #expect(SearchTokenizer.terms("Listen, RECALL & express!") == ["listen", "recall", "express"])
    }

    @Test func diacriticsAreFolded() {
        #expect(SearchTokenizer.terms("Café Noël naïve") == ["cafe", "noel", "naive"])
        #expect(SearchTokenizer.fold("ÉCOLE") == "ecole")
    }

    @Test func digitsStayInWords() {
        #expect(SearchTokenizer.terms("24/7 support, 3-8 people") == ["24", "7", "support", "3", "8", "people"])
    }

    @Test func chineseGivesCharactersAndBigrams() {
        #expect(SearchTokenizer.terms("共情能力") == ["共", "共情", "情", "情能", "能", "能力", "力"])
    }

    @Test func aChineseQueryWithoutSpacesFindsTheLongerWord() {
        let indexed = Set(SearchTokenizer.terms("团队的共情能力很重要"))
        #expect(SearchTokenizer.terms("共情").allSatisfy(indexed.contains))
        #expect(indexed.contains("共情"))
    }

    @Test func chinesePunctuationSeparatesRuns() {
        #expect(SearchTokenizer.terms("倾听，复述") == ["倾", "倾听", "听", "复", "复述", "述"])
    }

    @Test func mixedScriptsSplitAtTheScriptBoundary() {
        #expect(SearchTokenizer.runs("HAND支柱Data") == [.word("hand"), .cjk("支柱"), .word("data")])
    }

    @Test func japaneseAndKoreanAreTreatedLikeChinese() {
        #expect(SearchTokenizer.runs("ありがとう 감사") == [.cjk("ありがとう"), .cjk("감사")])
    }

    /// U+F900 (from an old character set) is U+8C48 to a reader, and to Unicode; the
    /// dozen in the block that are ideographs of their own (`﨎` U+FA0E) stay.
    @Test func compatibilityIdeographsBecomeTheirUnifiedOnes() {
        // Compared as bytes: Swift's `==` already calls canonically equal strings equal.
        func bytes(_ terms: [String]) -> [[UInt8]] { terms.map { Array($0.utf8) } }
        #expect(bytes(SearchTokenizer.terms("\u{F900}\u{8C48}")) == bytes(["\u{8C48}", "\u{8C48}\u{8C48}", "\u{8C48}"]))
        #expect(bytes(SearchTokenizer.runs("a\u{2F800}\u{FA0E}").map(\.term)) == bytes(["a", "\u{4E3D}\u{FA0E}"]))
        #expect(bytes([SearchTokenizer.fold("\u{F900}x")]) == bytes(["\u{8C48}x"]))
    }

    @Test func emptyAndSymbolOnlyTextGivesNoTerms() {
        #expect(SearchTokenizer.terms("").isEmpty)
        #expect(SearchTokenizer.terms(" — … !! ").isEmpty)
    }
}
