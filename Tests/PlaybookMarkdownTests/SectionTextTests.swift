import Testing
import PlaybookMarkdown

@Suite struct SectionTextTests {
    @Test func textIsCollectedPerHeadingSection() {
        let converted = MarkdownConverter.convert("""
            Intro *with* `code`.

            ## First
            One
            line.

            - a
            - b

            ### Nested
            | x | y |
            |---|---|
            | 1 | 2 |
            """)
        #expect(converted.headings.map(\.text) == ["First", "Nested"])
        #expect(converted.sectionTexts == ["Intro with code.", "One line. a b", "x y 1 2"])
    }

    @Test func aDocumentWithoutHeadingsHasOneSection() {
        #expect(MarkdownConverter.convert("Just text.").sectionTexts == ["Just text."])
        #expect(MarkdownConverter.convert("").sectionTexts == [""])
    }

    @Test func aHeadingFirstLeavesTheIntroEmpty() {
        #expect(MarkdownConverter.convert("# 标题\n共情能力").sectionTexts == ["", "共情能力"])
    }
}
