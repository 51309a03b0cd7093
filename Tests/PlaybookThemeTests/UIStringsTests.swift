import Mustache
import Testing
import PlaybookTheme

/// A language's UI strings: its own table, else its primary language's (`zh-TW` → `zh`), with
/// English under either for the keys it lacks.
@Suite struct UIStringsTests {
    static let theme = Theme(files: [:], library: MustacheLibrary(), strings: [
        "en": ["next": "Next", "previous": "Previous", "search": "Search"],
        "zh": ["next": "下一页", "previous": "上一页"],
        "pt-BR": ["next": "Próximo"],
    ])

    @Test func aKeyALanguageLacksIsEnglish() {
        #expect(Self.theme.strings(for: "zh") == ["next": "下一页", "previous": "上一页", "search": "Search"])
    }

    @Test(arguments: ["zh-TW", "zh-Hant", "zh-Hant-TW"])
    func aRegionOrScriptWithoutItsOwnTableSpeaksItsLanguage(code: String) {
        #expect(Self.theme.strings(for: code) == ["next": "下一页", "previous": "上一页", "search": "Search"])
    }

    @Test func aRegionWithItsOwnTableUsesItOverEnglish() {
        #expect(Self.theme.strings(for: "pt-BR") == ["next": "Próximo", "previous": "Previous", "search": "Search"])
    }

    @Test(arguments: ["fr", "fr-CA", ""])
    func aLanguageWithoutATableSpeaksEnglish(code: String) {
        #expect(Self.theme.strings(for: code) == ["next": "Next", "previous": "Previous", "search": "Search"])
    }
}
