import Testing
@testable import PlaybookCore

/// ASCII text takes a byte-level path; it must give what the general Unicode path gives.
struct SearchTokenizerFastPathTests {
    @Test(arguments: ["Listen, RECALL & express!", "e-mail 2FA re-set_now", "  ", "a1b2 C3", "x\ty\nz"])
    func asciiWordsMatchTheUnicodePath(text: String) {
        // A trailing CJK character sends the text down the general path; drop its token after.
        let general = SearchTokenizer.runs(text + " 共").dropLast()
        #expect(SearchTokenizer.asciiWords(text) == Array(general))
    }
}
