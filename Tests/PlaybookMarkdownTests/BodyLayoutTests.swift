import Foundation
import Testing
@testable import PlaybookMarkdown

/// The kind layouts are built from the cmark tree; these pin the exact HTML they give.
@Suite struct BodyLayoutTests {
    static let caseStory = SectionRoles(roles: ["situation", "scripted", "empathetic", "lessons"], sideBySide: 1..<3)

    @Test func sectionsAreNamedByPositionAndTheMiddlePairSitsSideBySide() {
        let markdown = "Lead.\n\n## Situation\n\nS.\n\n## Scripted\n\nA.\n\n## Empathetic\n\nB.\n\n## Lessons\n\nL.\n"
        let html = MarkdownConverter.convert(markdown, options: MarkdownOptions(layout: .sections(Self.caseStory))).html
        #expect(html == """
            <p>Lead.</p>
            <section class="body-section section-situation" aria-labelledby="situation">
            <h2 id="situation">
            Situation
            </h2>
            <p>S.</p>
            </section>
            <div class="side-by-side">
            <section class="body-section section-scripted" aria-labelledby="scripted">
            <h2 id="scripted">
            Scripted
            </h2>
            <p>A.</p>
            </section>
            <section class="body-section section-empathetic" aria-labelledby="empathetic">
            <h2 id="empathetic">
            Empathetic
            </h2>
            <p>B.</p>
            </section>
            </div>
            <section class="body-section section-lessons" aria-labelledby="lessons">
            <h2 id="lessons">
            Lessons
            </h2>
            <p>L.</p>
            </section>

            """)
    }

    @Test func sectionsKeepFootnotesAndSubheadingsAndToleratePartialStories() {
        let markdown = "## One\n\nA[^n].\n\n### Deeper\n\nB.\n\n## Two\n\nC.\n\n[^n]: Note.\n"
        let html = MarkdownConverter.convert(markdown, options: MarkdownOptions(layout: .sections(Self.caseStory))).html
        #expect(html.contains("<h3 id=\"deeper\">\nDeeper\n</h3>\n<p>B.</p>\n</section>"))
        // Two sections do not fill positions 1 and 2, so there is no side-by-side pair.
        #expect(!html.contains("side-by-side"))
        #expect(html.contains("</section>\n<section class=\"footnotes\" data-footnotes>"))
        let full = "## S\n\nS.\n\n## A\n\nA[^n].\n\n## B\n\nB.\n\n## L\n\nL.\n\n[^n]: Note.\n"
        let story = MarkdownConverter.convert(full, options: MarkdownOptions(layout: .sections(Self.caseStory))).html
        #expect(story.contains("<li id=\"fn-n\">"), "footnotes survive the side-by-side pair")
    }

    @Test func phrasesBecomeCardsWithAnchorsAvoidLinesAndActions() {
        let markdown = """
            Intro.

            ## When they are angry

            - I can hear *how* frustrating this is.
              - Instead of: ~~Please calm down.~~
            - Let's fix it.

            """
        let labels = PhraseCardLabels(avoid: "Avoid:", copy: "Copy", permalink: "Link")
        let result = MarkdownConverter.convert(markdown, options: MarkdownOptions(layout: .phraseCards(labels)))
        #expect(result.html == """
            <p>Intro.</p>
            <section class="phrase-group" aria-labelledby="when-they-are-angry">
            <h2 id="when-they-are-angry">
            When they are angry
            </h2>
            <ul class="phrases">
            <li class="phrase" id="i-can-hear-how-frustrating-this-is">
            <p class="phrase-text" id="i-can-hear-how-frustrating-this-is-text">
            I can hear <em>how</em> frustrating this is.
            </p>
            <p class="phrase-avoid"><span class="phrase-avoid-label">Avoid:</span> 
            <del>Please calm down.</del>
            </p>
            <p class="phrase-actions"><button type="button" class="phrase-copy" data-copy="i-can-hear-how-frustrating-this-is-text" aria-describedby="i-can-hear-how-frustrating-this-is-text" hidden>Copy</button> <a class="phrase-link" href="#i-can-hear-how-frustrating-this-is" aria-describedby="i-can-hear-how-frustrating-this-is-text">Link</a></p>
            </li>
            <li class="phrase" id="lets-fix-it">
            <p class="phrase-text" id="lets-fix-it-text">
            Let's fix it.
            </p>
            <p class="phrase-actions"><button type="button" class="phrase-copy" data-copy="lets-fix-it-text" aria-describedby="lets-fix-it-text" hidden>Copy</button> <a class="phrase-link" href="#lets-fix-it" aria-describedby="lets-fix-it-text">Link</a></p>
            </li>
            </ul>
            </section>

            """)
        #expect(result.phrases == [
            MarkdownPhrase(id: "i-can-hear-how-frustrating-this-is", text: "I can hear how frustrating this is.", avoid: "Please calm down.",
                           situation: "When they are angry", situationId: "when-they-are-angry", line: 5),
            MarkdownPhrase(id: "lets-fix-it", text: "Let's fix it.", avoid: nil,
                           situation: "When they are angry", situationId: "when-they-are-angry", line: 7),
        ])
    }

    @Test func phraseAnchorsAreShortUniqueAndKeepChinese() {
        let markdown = """
            ## Sorry

            - Sorry.
            - Sorry.
            - This is a rather long phrase that goes on and on well past any sensible anchor length.

            ## 当客户很生气时

            - 听得出来，这件事真的让您很恼火。
              - 避免：~~请您冷静一点。~~
              - A note that stays.
            - Intro text before any heading is never a card.

            """
        let result = MarkdownConverter.convert(markdown, options: MarkdownOptions(layout: .phraseCards(PhraseCardLabels(avoid: "避免："))))
        #expect(result.phrases.map(\.id) == ["sorry-2", "sorry-3", "this-is-a-rather-long-phrase-that-goes-on-and-on",
                                             "听得出来这件事真的让您很恼火", "intro-text-before-any-heading-is-never-a-card"])
        #expect(result.phrases[3].avoid == "请您冷静一点。")
        #expect(result.html.contains("<span class=\"phrase-avoid-label\">避免：</span> \n<del>请您冷静一点。</del>"))
        #expect(!result.html.contains("避免：~~") && !result.html.contains("避免：<del>"), "the author's prefix is replaced by the label")
        #expect(result.html.contains("<ul>\n<li>A note that stays.</li>\n</ul>"))
    }

    @Test func listsOutsideASituationStayProse() {
        let result = MarkdownConverter.convert("- Not a phrase.\n", options: MarkdownOptions(layout: .phraseCards(PhraseCardLabels())))
        #expect(result.html == "<ul>\n<li>Not a phrase.</li>\n</ul>\n")
        #expect(result.phrases.isEmpty)
    }

    @Test func taskItemsBecomeLabelledCheckboxes() {
        let markdown = "## Before\n\n- [ ] Breathe\n- [x] Read the notes\n- A plain item\n"
        let result = MarkdownConverter.convert(markdown, options: MarkdownOptions(layout: .checklist))
        let keys = result.taskItems.map(\.key)
        #expect(keys.count == 2)
        #expect(result.html == """
            <section class="checklist-group" aria-labelledby="before">
            <h2 id="before">
            Before
            </h2>
            <ul class="checklist">
            <li class="check-item">
            <input type="checkbox" id="\(keys[0])" name="\(keys[0])"> <label for="\(keys[0])">
            Breathe
            </label>
            </li>
            <li class="check-item">
            <input type="checkbox" id="\(keys[1])" name="\(keys[1])" checked> <label for="\(keys[1])">
            Read the notes
            </label>
            </li>
            <li>
            <p>A plain item</p>
            </li>
            </ul>
            </section>

            """)
        #expect(result.taskItems.map(\.group) == ["Before", "Before"])
    }

    @Test func taskKeysFollowTheItemNotItsPosition() {
        func keys(_ markdown: String) -> [String: String] {
            let items = MarkdownConverter.convert(markdown, options: MarkdownOptions(layout: .checklist)).taskItems
            return Dictionary(uniqueKeysWithValues: items.map { ($0.text, $0.key) })
        }
        let before = keys("## A\n\n- [ ] one\n- [ ] two\n")
        let after = keys("## A\n\n- [ ] zero\n- [ ] two\n- [ ] one, edited\n- [ ] one\n")
        #expect(before["one"] == after["one"])
        #expect(before["two"] == after["two"])
        let elsewhere = keys("## B\n\n- [ ] one\n")
        #expect(elsewhere["one"] != before["one"], "the same text under another heading is another item")
        let repeated = MarkdownConverter.convert("- [ ] same\n- [ ] same\n", options: MarkdownOptions(layout: .checklist)).taskItems.map(\.key)
        #expect(repeated.count == 2 && repeated[1] == repeated[0] + "-2")
    }

    @Test func proseLeavesTaskListsAsCmarkRendersThem() {
        let html = MarkdownConverter.convert("- [ ] one\n").html
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" />"))
    }

    @Test(arguments: [BodyLayout.prose, .sections(caseStory), .phraseCards(PhraseCardLabels()), .checklist])
    func oddShapesConvertWithoutCrashing(layout: BodyLayout) {
        let inputs = [
            "## A\n\n-\n- > quoted\n  - ~~struck~~\n",
            "## A\n\n1. [ ] ordered task\n   - [ ] nested task\n\n## B\n\n* ~~only struck~~\n",
            "## A\n\n- a\n  - Instead of: ~~b~~ and ~~c~~\n  - Instead of: ~~d~~\n\n# Top\n\n- after a top heading\n",
            "## ~~Struck heading~~\n\n- [x] done[^1]\n\n[^1]: note\n",
            String(repeating: "- ", count: 300) + "deep\n",
            "## A\n\n" + String(repeating: "- [ ] same\n", count: 50),
        ]
        for input in inputs {
            let html = MarkdownConverter.convert("## Lead\n\n" + input, options: MarkdownOptions(layout: layout)).html
            #expect(html.hasPrefix("<"))
            #expect(html.components(separatedBy: "<section").count == html.components(separatedBy: "</section>").count)
        }
    }
}
