import Testing
@testable import PlaybookLint

/// Lint finds the playbook's phrases to avoid in a text's own words, whatever its case,
/// punctuation and line breaks, and leaves out what the text quotes.
struct LinterTests {
    static let linter = Linter(phrases: [
        AvoidPhrase(text: "Please calm down.", insteadOf: "I can hear how frustrating this has been.", library: "phrases/acknowledging-feelings"),
        AvoidPhrase(text: "calm down", insteadOf: "I can hear how frustrating this has been.", library: "phrases/acknowledging-feelings"),
        AvoidPhrase(text: "That's our policy.", insteadOf: nil, library: nil),
        AvoidPhrase(text: "请您冷静一点。", insteadOf: "听得出来，这件事真的让您很恼火。", library: "phrases/acknowledging-feelings"),
    ])

    static func findings(_ text: String, markdown: Bool = true, caseStory: Bool = false, firstLine: Int = 1) -> [LintFinding] {
        linter.findings(in: Linter.Text(file: "replies/refund.md", text: text, firstLine: firstLine, isMarkdown: markdown, isCaseStory: caseStory))
    }

    @Test func aPhraseIsFoundAcrossALineBreakAndWhateverItsCaseAndPunctuation() {
        let found = Self.findings("Thanks for writing.\nI understand. Please, CALM\ndown — we will look into it.\n", firstLine: 4)
        #expect(found.map { "\($0.line):\($0.column) \($0.phrase)" } == ["5:15 Please calm down"])
        #expect(found.first?.sourceLine == "I understand. Please, CALM")
        #expect(found.first?.diagnostic.message
                == "'Please calm down' — say instead: 'I can hear how frustrating this has been.' (phrases/acknowledging-feelings)")
    }

    @Test func theLongestPhraseAtAPlaceIsReportedOnceAndAShorterOneAlone() {
        #expect(Self.findings("please calm down").map(\.phrase) == ["Please calm down"])
        #expect(Self.findings("Just calm down, that's our policy!").map(\.phrase) == ["calm down", "That's our policy"])
        #expect(Self.findings("calmed down").isEmpty, "a phrase matched part of a word")
    }

    @Test func codeStruckThroughTextAndRawHTMLAreQuotedNotSaid() {
        let text = """
            Never write `calm down` or ~~please calm down~~ to a customer.

            ```
            Please calm down.
            ```

            <div>
            Please calm down.
            </div>
            """
        #expect(Self.findings(text).isEmpty)
        #expect(Self.findings(text, markdown: false).count == 4, "plain text is checked whole")
    }

    @Test func aCaseStorysScriptedReplyIsSkippedButNotItsOtherSections() {
        let text = """
            ## The situation

            The caller was told to calm down.

            ## The scripted reply

            "Please calm down, that's our policy."

            ## The empathetic reply

            Nobody said calm down.
            """
        #expect(Self.findings(text, caseStory: true).map(\.line) == [3, 11])
        #expect(Self.findings(text).map(\.line) == [3, 7, 7, 11])
    }

    @Test func aChinesePhraseIsFoundInsideASentenceWithoutSpaces() {
        let found = Self.findings("您好！请您冷静一点，我们马上处理。")
        #expect(found.map(\.column) == [4])
        #expect(found.first?.insteadOf == "听得出来，这件事真的让您很恼火。")
        #expect(Self.findings("请您冷静").isEmpty)
    }

    @Test func aFilesLanguageComesFromItsNameElseFromItsText() {
        let languages = ["en", "zh"]
        #expect(LanguageGuess.language(ofFile: "replies/refund.zh.md", text: "Hello", languages: languages) == "zh")
        #expect(LanguageGuess.language(ofFile: "replies/refund.md", text: "您好，请稍等。Order 42", languages: languages) == "zh")
        #expect(LanguageGuess.language(ofFile: "replies/refund.txt", text: "Hello, 您好", languages: languages) == "en")
    }
}
