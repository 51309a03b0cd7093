import Testing
@testable import PlaybookMarkdown

/// `idPrefix` and `headingLevelOffset`: what lets several documents share one HTML page.
struct MarkdownIdPrefixTests {
    @Test func prefixesHeadingIdsAndReportsThem() {
        let result = MarkdownConverter.convert("## Listen\n\n## Listen\n", options: MarkdownOptions(idPrefix: "articles-a--"))
        #expect(result.html.contains(#"<h2 id="articles-a--listen">"#))
        #expect(result.html.contains(#"<h2 id="articles-a--listen-2">"#))
        #expect(result.headings.map(\.id) == ["articles-a--listen", "articles-a--listen-2"])
    }

    @Test func prefixesFootnoteIdsAndTheLinksToThem() {
        let text = "A claim.[^1] Another.[^1]\n\n[^1]: The source.\n"
        let html = MarkdownConverter.convert(text, options: MarkdownOptions(idPrefix: "p--")).html
        #expect(html.contains(##"href="#p--fn-1""##))
        #expect(html.contains(##"id="p--fnref-1""##))
        #expect(html.contains(##"id="p--fn-1""##))
        #expect(html.contains(##"href="#p--fnref-1""##))
        #expect(!html.contains(##""#fn-"##) && !html.contains(#"id="fn"#))
    }

    @Test func withoutPrefixIdsAreUnchanged() {
        let html = MarkdownConverter.convert("## Notes\n\nText.[^a]\n\n[^a]: Note.\n").html
        #expect(html.contains(#"<h2 id="notes">"#))
        #expect(html.contains(##"href="#fn-a""##))
    }

    @Test func textThatLooksLikeAnIdIsLeftAlone() {
        let html = MarkdownConverter.convert("Write `id=\"fn-1\"` here.[^1]\n\n[^1]: x\n", options: MarkdownOptions(idPrefix: "p--")).html
        #expect(html.contains("id=&quot;fn-1&quot;"))
    }

    @Test func layoutsFollowTheLevelsTheAuthorWroteAndPrefixTheirIds() {
        let options = MarkdownOptions(layout: .phraseCards(PhraseCardLabels()), idPrefix: "p--", headingLevelOffset: 2)
        let html = MarkdownConverter.convert("## When upset\n\n- I hear you.\n", options: options).html
        #expect(html.contains(#"<h4 id="p--when-upset">"#))
        #expect(html.contains(#"<li class="phrase" id="p--i-hear-you">"#))
        #expect(html.contains(##"href="#p--i-hear-you""##))
        let checklist = MarkdownConverter.convert("## Ready\n\n- [ ] Breathe\n",
                                                  options: MarkdownOptions(layout: .checklist, idPrefix: "c--", headingLevelOffset: 2))
        #expect(checklist.html.contains(#"<input type="checkbox" id="c--task-"#))
        #expect(checklist.taskItems.first?.key.hasPrefix("task-") == true, "the stored key itself is the page's")
    }

    @Test func shiftsHeadingLevelsAndCapsThemAtSix() {
        let result = MarkdownConverter.convert("# One\n\n## Two\n\n##### Five\n", options: MarkdownOptions(headingLevelOffset: 2))
        #expect(result.html.contains(#"<h3 id="one">"#))
        #expect(result.html.contains(#"<h4 id="two">"#))
        #expect(result.html.contains(#"<h6 id="five">"#))
        #expect(result.headings.map(\.level) == [3, 4, 6])
    }

    @Test func escapesThePrefixInsideTheAttribute() {
        let html = MarkdownConverter.convert("## A\n", options: MarkdownOptions(idPrefix: "x\"<")).html
        #expect(html.contains(#"<h2 id="x&quot;&lt;a">"#))
    }
}
