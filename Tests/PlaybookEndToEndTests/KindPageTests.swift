import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// Each kind's page is built from a small fixture site and its HTML structure checked.
@Suite struct KindPageTests {
    static let files = [
        "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
        "content/cases/flight.md": page("The flight", "pillars: [humanized]", body: """
            ## The situation

            Dana wants an earlier flight.

            ## The scripted reply

            > No changes on Basic.

            ## The empathetic reply

            > Let me try a few things.

            ## Lessons

            - Show the effort.
            """),
        "content/phrases/feelings.md": page("Feelings", "pillars: [humanized, nimble]", body: """
            Say them your way.

            ## When they are angry

            - I can hear how frustrating this is.
              - Instead of: ~~Please calm down.~~
            - You're right to raise this.
            """),
        "content/phrases/feelings.zh.md": page("回应情绪", "pillars: [humanized, nimble]", body: """
            ## 当客户很生气时

            - 听得出来，这件事真的让您很恼火。
              - 避免：~~请您冷静一点。~~
            """),
        "content/checklists/call.md": page("Before the call", body: """
            ## Prepare

            - [ ] Read the notes
            - [ ] Breathe

            ## Open

            - [x] Say your name
            """),
        "content/exercises/reversal.md": page("Role reversal", """
            duration: 45
            participants: "4-12"
            materials: [Scenario cards, A timer]
            pillars: [aligned]
            """, body: """
            ## Goal

            Feel both sides.

            ## Steps

            1. Set up.
            2. Play.

            ## Facilitator notes

            - Keep it safe.
            """),
    ]

    @Test func caseStoryShowsTheTwoRepliesSideBySideBetweenSituationAndLessons() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let html = try site.html(at: "cases/flight/index.html")
        #expect(html.contains("<article class=\"page kind-caseStory\">"))
        let order = ["section-situation", "<div class=\"side-by-side\">", "section-scripted", "section-empathetic", "</section>\n</div>", "section-lessons"]
        let positions = try order.map { try #require(html.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted(), "situation, then the pair, then the lessons")
        #expect(html.contains("<section class=\"body-section section-scripted\" aria-labelledby=\"the-scripted-reply\">"))
    }

    @Test func phraseLibraryShowsCardsWithAnchorsAvoidLabelsAndCopyButtons() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let html = try site.html(at: "phrases/feelings/index.html")
        #expect(html.contains("<li class=\"phrase\" id=\"i-can-hear-how-frustrating-this-is\">"))
        #expect(html.contains("<span class=\"phrase-avoid-label\">Instead of:</span> \n<del>Please calm down.</del>"))
        #expect(!html.contains("Instead of: ~~"))
        #expect(html.contains("<button type=\"button\" class=\"phrase-copy\" data-copy=\"youre-right-to-raise-this-text\""))
        #expect(html.contains("<a class=\"phrase-link\" href=\"#youre-right-to-raise-this\""))
        #expect(html.contains("data-copied=\"Copied\""))
        let chinese = try site.html(at: "zh/phrases/feelings/index.html")
        #expect(chinese.contains("<li class=\"phrase\" id=\"听得出来这件事真的让您很恼火\">"))
        #expect(chinese.contains("<span class=\"phrase-avoid-label\">避免：</span>"))
        #expect(chinese.contains(">复制</button>"))
    }

    @Test func phrasesJSONListsEveryPhraseOfALanguage() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = site.build()
        let data = try Data(contentsOf: site.output.appendingPathComponent("phrases.json"))
        let records = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(records.count == 2)
        #expect(records[0]["library"] as? String == "Feelings")
        #expect(records[0]["situation"] as? String == "When they are angry")
        #expect(records[0]["phrase"] as? String == "I can hear how frustrating this is.")
        #expect(records[0]["avoid"] as? String == "Please calm down.")
        #expect(records[0]["pillars"] as? [String] == ["humanized", "nimble"])
        #expect(records[0]["language"] as? String == "en")
        #expect(records[0]["url"] as? String == "phrases/feelings/index.html#i-can-hear-how-frustrating-this-is")
        #expect(records[1]["avoid"] is NSNull, "every record has every key")
        let zh = try Data(contentsOf: site.output.appendingPathComponent("zh/phrases.json"))
        let chinese = try #require(try JSONSerialization.jsonObject(with: zh) as? [[String: Any]])
        #expect(chinese.count == 1)
        #expect(chinese[0]["language"] as? String == "zh")
        let url = try #require(chinese[0]["url"] as? String)
        #expect(url.hasPrefix("phrases/feelings/index.html#%E5%90%AC"))
        #expect(site.exists("zh/" + String(url.prefix { $0 != "#" })), "the URL is relative to phrases.json")
    }

    @Test func checklistHasLabelledCheckboxesProgressAndReset() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = site.build()
        let html = try site.html(at: "checklists/call/index.html")
        #expect(html.contains("<form class=\"checklist-form\" data-checklist>"))
        let inputs = html.components(separatedBy: "<input type=\"checkbox\" id=\"task-").count - 1
        #expect(inputs == 3)
        #expect(!html.contains("disabled"))
        #expect(html.contains(" checked> <label for=\"task-"))
        #expect(html.contains("data-progress-pattern=\"{done} of {total} done\" aria-live=\"polite\">1 of 3 done</p>"))
        #expect(html.contains("<button type=\"reset\" class=\"checklist-reset\">"))
        #expect(html.contains("<section class=\"checklist-group\" aria-labelledby=\"prepare\">"))
        #expect(html.contains("<script src=\"../../theme/kinds.js\" defer></script>"))
        #expect(site.exists("theme/kinds.js") && site.exists("theme/kinds.css"))
    }

    @Test func checklistKeysSurviveAnotherItemBeingAdded() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = site.build()
        func key(of label: String) throws -> String {
            let html = try site.html(at: "checklists/call/index.html")
            let end = try #require(html.range(of: "\">\n\(label)\n</label>")).lowerBound
            let start = try #require(html.range(of: "<label for=\"", options: .backwards, range: html.startIndex..<end)).upperBound
            return String(html[start..<end])
        }
        let before = try key(of: "Breathe")
        try site.write("content/checklists/call.md", page("Before the call", body: "## Prepare\n\n- [ ] Check the queue\n- [ ] Breathe\n- [ ] Read the notes\n"))
        #expect(site.build().diagnostics.isEmpty)
        #expect(try key(of: "Breathe") == before)
    }

    @Test func exerciseShowsFactsStepsAndNotesAndItsIndexShowsDurationAndGroupSize() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = site.build()
        let html = try site.html(at: "exercises/reversal/index.html")
        #expect(html.contains("<aside class=\"facts\" aria-labelledby=\"pb-facts-title\">"))
        #expect(html.contains("<dt>Duration</dt><dd>45 min</dd>"))
        #expect(html.contains("<dt>Participants</dt><dd>4-12</dd>"))
        #expect(html.contains("<li>Scenario cards</li><li>A timer</li>"))
        #expect(html.contains("<a class=\"badge pillar\" href=\"../../pillars/aligned/index.html\">Aligned</a>"))
        #expect(html.contains("<section class=\"body-section section-steps\" aria-labelledby=\"steps\">"))
        #expect(html.contains("<section class=\"body-section section-notes\" aria-labelledby=\"facilitator-notes\">"))
        let index = try site.html(at: "exercises/index.html")
        #expect(index.contains("Duration: 45 min"))
        #expect(index.contains("Participants: 4-12"))
        let chinese = try site.html(at: "zh/exercises/index.html")
        #expect(chinese.contains("时长: 45 分钟"))
    }
}
