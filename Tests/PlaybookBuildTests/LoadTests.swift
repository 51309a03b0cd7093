import Testing
@testable import PlaybookBuild
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport
import Yams

@Suite struct LoadTests {
    static let config: SiteConfig = {
        var config = SiteConfig(title: "T")
        config.languages = ["en", "zh"]
        return config
    }()

    @Test(arguments: [
        ("articles/listen.md", ContentFile.page(kind: .article, key: "articles/listen", language: "en")),
        ("articles/listen.zh.md", .page(kind: .article, key: "articles/listen", language: "zh")),
        ("cases/deep/airline.md", .page(kind: .caseStory, key: "cases/deep/airline", language: "en")),
        ("index.zh.md", .page(kind: nil, key: "index", language: "zh")),
        ("pillars/nimble.md", .page(kind: .pillar, key: "pillars/nimble", language: "en")),
        ("assets/img/a.png", .asset),
        ("articles/.listen.md.swp", .ignored),
        ("articles/listen.md~", .ignored),
        ("articles/v1.2.md", .page(kind: .article, key: "articles/v1.2", language: "en")),
    ])
    func classifiesContentPaths(path: String, expected: ContentFile) {
        #expect(ContentFile.classify(path, config: Self.config) == expected)
    }

    @Test(arguments: [
        ("misc/a.md", "unknown folder 'misc'; pages go in pillars/, articles/, cases/, phrases/, checklists/, exercises/"),
        ("about.md", "a page must be in a section folder: pillars/, articles/, cases/, phrases/, checklists/, exercises/"),
        ("articles/a.fr.md", "language 'fr' is not listed in playbook.yml (languages: en, zh)"),
        ("pillars/kindness.md", "a pillar page is one of pillars/humanized.md, pillars/aligned.md, pillars/nimble.md, pillars/data-backed.md"),
        ("articles/notes.txt", "only Markdown pages go here; put other files in content/assets/"),
    ])
    func rejectsMisplacedFiles(path: String, reason: String) {
        #expect(ContentFile.classify(path, config: Self.config) == .misplaced(reason: reason))
    }

    @Test func splitsFrontMatterAndCountsBodyLines() throws {
        let split = try FrontMatterSplitter.split("---\ntitle: A\n---\n\nBody\n").get()
        #expect(split.yaml == "title: A")
        #expect(split.body == "\nBody\n")
        #expect(split.bodyStartLine == 4)
        let none = try FrontMatterSplitter.split("# Just text\n").get()
        #expect(none.yaml == nil && none.bodyStartLine == 1)
        #expect(throws: FrontMatterSplitter.Failure.unclosed) { try FrontMatterSplitter.split("---\ntitle: A\n").get() }
    }

    @Test func normalisesByteOrderMarksAndLineEnds() {
        #expect(SourceFileText.normalize("\u{FEFF}a\r\nb\rc\n") == "a\nb\nc\n")
    }

    @Test(arguments: [("2026-02-28", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false), ("26-01-01", false), ("2026-1-1", false)])
    func validatesDates(text: String, valid: Bool) {
        #expect((PageDate(text) != nil) == valid)
    }

    @Test func suggestsTheClosestKey() {
        #expect(Suggestion.closest(to: "titel", in: FrontMatter.knownKeys) == "title")
        #expect(Suggestion.closest(to: "pilars", in: FrontMatter.knownKeys) == "pillars")
        #expect(Suggestion.closest(to: "zzzzzz", in: FrontMatter.knownKeys) == nil)
    }
}

/// Whole numbers in front matter read as Yams reads them: plain digits take a shorter path,
/// and everything else (octal `010`, signs, `1_000`, `1:30`, quoted) is still Yams' to read.
@Suite struct FrontMatterNumberTests {
    @Test(arguments: ["3", "30", "0", "010", "09", "+3", "-2", "1_000", "1:30", "0x1F", "\"3\"", "'7'",
                      "999999999999999999", "9999999999999999999", "3.0", "three", "1e3"])
    func wholeNumbersReadAsYamsReadsThem(text: String) throws {
        let yaml = "order: \(text)\n"
        let node = try #require(try Yams.compose(yaml: yaml))
        var mapping = YAMLMapping(node, file: "a.md", text: SourceText(yaml), lineOffset: 0)
        let yams = try #require(node.mapping?["order"]).int
        #expect(mapping.int("order") == yams)
        #expect(mapping.diagnostics.isEmpty == (yams != nil))
    }
}
