import Testing
@testable import PlaybookMarkdown

/// A second rendering of one conversion (the handbook's copy of a page) must be exactly what
/// converting the text again with that variant's prefix, levels and links gives.
struct SecondRenderingTests {
    static let labels = PhraseCardLabels(avoid: "Avoid:", copy: "Copy", permalink: "Link")

    static let texts: [(String, BodyLayout)] = [
        ("# Title\n\nIntro with [a page](other.md#part) and ![a picture](pic.png).\n\n## Listen\n\nText.[^1]\n\n### Deeper\n\n##### Five\n\n## Listen\n\n[^1]: The source.\n", .prose),
        ("## Why\n\nBecause.\n\n## How\n\n1. Ask\n2. [Listen](#why)\n\n## Try it\n\nNow.\n", .sections(SectionRoles(roles: ["why", "how"], sideBySide: 0..<2))),
        ("## When they are angry\n\n- I can hear how *frustrating* this is.\n  - Instead of: ~~Calm down.~~\n- Let's fix it.\n\n## When upset\n\n- I can hear how *frustrating* this is.\n- [Read more](a.md)\n", .phraseCards(labels)),
        ("## Before\n\n- [ ] Breathe\n- [x] Breathe\n- [ ] Breathe\n- plain item\n\n## After\n\n- [ ] Breathe\n  More text.\n\n- [ ] Write [notes](n.md)\n", .checklist),
        ("Text without headings, a [link](https://example.com) and [a dangerous one](javascript:alert(1)).\n", .prose),
    ]

    /// Page links become `page.html`, links to `a.md` become an anchor in the handbook, and
    /// the rest are kept as written.
    static func pageLinks(_ link: MarkdownLink) -> LinkRewrite {
        link.destination.hasSuffix(".md") || link.destination.contains(".md#") ? .replace("page.html") : .keep
    }

    static func handbookLinks(_ link: MarkdownLink) -> LinkRewrite {
        link.destination == "a.md" ? .replace("#a") : link.destination.hasPrefix("#") ? .replace("#p--" + link.destination.dropFirst()) : .keep
    }

    @Test(arguments: 0..<texts.count)
    func theSecondRenderingIsTheSameAsAConversionWithItsVariant(index: Int) {
        let (text, layout) = Self.texts[index]
        let variant = RenderVariant(idPrefix: "p--", headingLevelOffset: 2)
        let page = MarkdownOptions(layout: layout)
        // A second variant after the first, as a page shown in two languages' handbooks has.
        let other = RenderVariant(idPrefix: "q--", headingLevelOffset: 1)
        let both = MarkdownConverter.convert(text, options: page, also: [SecondRendering(variant: variant, rewriteLink: Self.handbookLinks),
                                                                         SecondRendering(variant: other, rewriteLink: Self.pageLinks)],
                                             rewriteLink: Self.pageLinks)
        let pageAlone = MarkdownConverter.convert(text, options: page, rewriteLink: Self.pageLinks)
        var handbook = page
        handbook.idPrefix = variant.idPrefix
        handbook.headingLevelOffset = variant.headingLevelOffset
        let handbookAlone = MarkdownConverter.convert(text, options: handbook, rewriteLink: Self.handbookLinks)
        var otherOptions = page
        otherOptions.idPrefix = other.idPrefix
        otherOptions.headingLevelOffset = other.headingLevelOffset
        let otherAlone = MarkdownConverter.convert(text, options: otherOptions, rewriteLink: Self.pageLinks)

        #expect(both.html == pageAlone.html, "the first rendering is the page's own")
        #expect(both.headings == pageAlone.headings && both.taskItems == pageAlone.taskItems && both.phrases == pageAlone.phrases)
        #expect(both.variantHTML == [handbookAlone.html, otherAlone.html], "each rendering as if it were the only one")
        #expect(index == 4 || handbookAlone.html != pageAlone.html, "the variant changes ids, levels or links")
    }

    /// A rendering with the variant and links of the one before is that one's text again; one
    /// that differs in links alone, or goes back to an earlier variant, is rendered again.
    @Test(arguments: 0..<texts.count)
    func renderingsThatRepeatOrDifferInLinksAlone(index: Int) {
        let (text, layout) = Self.texts[index]
        let variant = RenderVariant(idPrefix: "p--", headingLevelOffset: 2)
        let page = MarkdownOptions(layout: layout)
        let renderings = [(variant, Self.handbookLinks), (variant, Self.handbookLinks), (variant, Self.pageLinks),
                          (RenderVariant(), Self.pageLinks), (variant, Self.handbookLinks)] as [(RenderVariant, (MarkdownLink) -> LinkRewrite)]
        let all = MarkdownConverter.convert(text, options: page, also: renderings.map { SecondRendering(variant: $0.0, rewriteLink: $0.1) },
                                            rewriteLink: Self.pageLinks)
        let alone = renderings.map { rendering in
            var options = page
            options.idPrefix = rendering.0.idPrefix
            options.headingLevelOffset = rendering.0.headingLevelOffset
            return MarkdownConverter.convert(text, options: options, rewriteLink: rendering.1).html
        }
        #expect(all.variantHTML == alone)
        #expect(all.variantHTML[3] == all.html)
    }

    @Test func withoutASecondRenderingThereIsNoVariantHTML() {
        #expect(MarkdownConverter.convert("## A\n").variantHTML.isEmpty)
    }
}
