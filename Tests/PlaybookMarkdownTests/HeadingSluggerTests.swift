import Testing
import PlaybookMarkdown

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
