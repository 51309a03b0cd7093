import Testing
@testable import PlaybookMarkdown

@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("Listen, recall & express", "listen-recall-express"),
        ("  Why it matters  ", "why-it-matters"),
        ("倾听与回应", "倾听与回应"),
        ("第 2 步：复盘", "第-2-步复盘"),
        ("Crème brûlée", "crème-brûlée"),
        ("snake_case stays", "snake_case-stays"),
        ("!!!", "section"),
    ])
    func slugs(text: String, expected: String) {
        #expect(HeadingSlugger.slug(text) == expected)
    }

    @Test func uniqueSlugsNeverRepeatEvenAgainstNumberedOnes() {
        var slugger = HeadingSlugger()
        let ids = ["Notes", "Notes 2", "Notes", "Notes"].map { slugger.uniqueSlug(for: $0) }
        #expect(ids == ["notes", "notes-2", "notes-3", "notes-4"])
        #expect(Set(ids).count == ids.count)
    }
}

/// ASCII text takes a byte-level path; it must give what the Unicode path gives.
@Suite struct HeadingSluggerFastPathTests {
    @Test func everyASCIICharacterIsSluggedAsTheUnicodePathDoes() {
        for byte in UInt8(0)..<0x80 {
            let text = "a\(Character(Unicode.Scalar(byte)))B \(Character(Unicode.Scalar(byte)))"
            #expect(HeadingSlugger.asciiSlug(text) == HeadingSlugger.unicodeSlug(text), "byte \(byte)")
        }
    }

    @Test(arguments: ["Listen, recall & express", "  --Why_it  matters--  ", "Step 2:\tReview\r\n", "!!!", ""])
    func headingsMatchTheUnicodePath(text: String) {
        #expect(HeadingSlugger.asciiSlug(text) == HeadingSlugger.unicodeSlug(text))
    }

    @Test func otherTextTakesTheUnicodePath() {
        #expect(HeadingSlugger.asciiSlug("Crème") == nil)
    }
}

/// Phrase cards reserve an anchor that is already a slug (`uniqueSlug(reserving:)`), which is
/// right only because slugging a slug changes nothing.
@Suite struct HeadingSluggerReservingTests {
    @Test(arguments: ["Listen, recall & express", "  --Why_it  matters--  ", "倾听与回应", "第 2 步：复盘", "Crème brûlée", "!!!", "a - b", ""])
    func aSlugIsItsOwnSlug(text: String) {
        let slug = HeadingSlugger.slug(text)
        #expect(HeadingSlugger.slug(slug) == slug)
    }

    @Test func reservingNumbersARepeatedSlugLikeText() {
        var byText = HeadingSlugger()
        var bySlug = HeadingSlugger()
        let texts = ["I hear you", "I hear you.", "i-hear-you", "Notes 2", "Notes", "Notes"]
        #expect(texts.map { byText.uniqueSlug(for: $0) } == texts.map { bySlug.uniqueSlug(reserving: HeadingSlugger.slug($0)) })
        #expect(byText.uniqueSlug(for: "I hear you") == "i-hear-you-4")
    }
}
