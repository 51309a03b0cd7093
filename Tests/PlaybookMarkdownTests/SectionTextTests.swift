import Testing
import PlaybookMarkdown

@Suite struct SectionTextTests {
    func string(_ utf8: [UInt8]) -> String { String(decoding: utf8, as: UTF8.self) }

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
        #expect(converted.sectionTexts.map(string) == ["Intro with code.", "One line. a b", "x y 1 2"])
    }

    @Test func aDocumentWithoutHeadingsHasOneSection() {
        #expect(MarkdownConverter.convert("Just text.").sectionTexts.map(string) == ["Just text."])
        #expect(MarkdownConverter.convert("").sectionTexts.map(string) == [""])
    }

    @Test func aHeadingFirstLeavesTheIntroEmpty() {
        #expect(MarkdownConverter.convert("# 标题\n共情能力").sectionTexts.map(string) == ["", "共情能力"])
    }
}
