import PlaybookFixtures
import PlaybookModel
import Testing
@testable import PlaybookLint

/// The phrases to avoid come from the phrase libraries of each language and from playbook.yml.
struct PhrasebookTests {
    @Test func librariesAndTheTeamsOwnListGiveEachLanguageItsPhrases() throws {
        var files = PublishingFixture.bilingual
        files["playbook.yml"] = "title: T\nlanguages: [en, zh]\nlint:\n  avoid: [calm down, per my last email]\n"
        files["content/phrases/feelings.md"] = """
            ---
            title: Feelings
            ---
            ## When the customer is angry

            - I can hear how frustrating this has been.
              - Instead of: ~~Please calm down.~~
            - Thank you for telling me.
            """
        files["content/phrases/feelings.zh.md"] = """
            ---
            title: 情绪
            ---
            ## 当客户很生气时

            - 听得出来，这件事真的让您很恼火。
              - 避免：~~请您冷静一点。~~
            """
        let fixture = try PublishingFixture(files)
        defer { fixture.remove() }
        let site = try #require(fixture.resolve().0)
        let book = Phrasebook(site: site)
        let english = book.phrases(for: "en")
        #expect(english.map(\.text) == ["Please calm down", "calm down", "per my last email"])
        #expect(english[1].insteadOf == "I can hear how frustrating this has been." && english[1].library == "phrases/feelings",
                "a phrase of playbook.yml takes its suggestion from the library entry that holds it")
        #expect(english[2].insteadOf == nil && english[2].library == nil)
        #expect(book.phrases(for: "zh").first?.text == "请您冷静一点")
    }
}
