import Testing
@testable import PlaybookModel

/// Each translation against the version of its source it records.
struct TranslationStatusTests {
    static func page(_ key: String, _ language: String, body: String, translationOf: String? = nil) -> SourcePage {
        var front = FrontMatter(title: key)
        front.translationOf = translationOf
        let path = "content/\(key)\(language == "en" ? "" : ".\(language)").md"
        return SourcePage(sourcePath: path, kind: .article, key: key, language: language, frontMatter: front, body: body, bodyStartLine: 4)
    }

    @Test func aVersionIsAStableFingerprintOfTheBody() {
        #expect(SourceVersion.of("") == "cbf29ce484")
        #expect(SourceVersion.of("Hear the whole story.") == SourceVersion.of("Hear the whole story."))
        #expect(SourceVersion.of("Hear the whole story.") != SourceVersion.of("Hear the whole story!"))
        #expect(SourceVersion.of("倾听").count == 10)
    }

    @Test func eachTranslationIsCurrentOutdatedUntrackedOrMissing() {
        var config = SiteConfig(title: "T")
        config.languages = ["en", "zh"]
        let pages = [
            Self.page("articles/a", "en", body: "A now"), Self.page("articles/a", "zh", body: "甲", translationOf: SourceVersion.of("A now")),
            Self.page("articles/b", "en", body: "B now"), Self.page("articles/b", "zh", body: "乙", translationOf: SourceVersion.of("B before")),
            Self.page("articles/c", "en", body: "C"), Self.page("articles/c", "zh", body: "丙"),
            Self.page("articles/d", "en", body: "D"),
        ]
        let status = TranslationStatus(pages: pages, config: config)
        #expect(status.entries.map(\.state) == [.current, .outdated, .untracked, .missing])
        #expect(status.warnings.map(\.message) == ["'content/articles/b.md' changed since 'content/articles/b.zh.md' was translated from it"])
        #expect(status.warnings.first?.notes.first?.contains("translationOf: \(SourceVersion.of("B now"))") == true)
    }
}
