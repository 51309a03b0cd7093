import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

@Suite struct TranslatedSiteTitleTests {
    @Test func anotherLanguageTakesItsSiteTitleFromItsOwnHomePage() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
            "content/index.md": page("Welcome"),
            "content/index.zh.md": page("欢迎"),
            "content/articles/a.md": page("A"),
        ])
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        #expect(try site.html(at: "zh/articles/index.html").contains("<a class=\"site-title\" href=\"../../zh/index.html\">欢迎</a>"))
        #expect(try site.html(at: "articles/a/index.html").contains("<title>A · Test Playbook</title>"))
    }
}

/// The built-in UI strings reach the pages of a language named with a region, and a key that a
/// playbook's own table lacks is shown in English.
@Suite struct UIStringFallbackTests {
    @Test func aRegionalLanguageGetsItsLanguagesStrings() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh-TW]\n",
            "content/articles/a.md": page("A"),
            "content/articles/a.zh-TW.md": page("甲"),
        ])
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let html = try site.html(at: "zh-TW/articles/a/index.html")
        #expect(html.contains("<html lang=\"zh-TW\""))
        #expect(html.contains(">跳到正文</a>"), "zh.yml's skip link")
        #expect(!html.contains("Skip to content"))
    }

    @Test func aKeyMissingFromAPlaybooksOwnTableIsEnglish() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
            "content/articles/a.md": page("A"),
            "content/articles/a.zh.md": page("甲"),
            "templates/i18n/zh.yml": "nav_pillars: 我们的支柱\n",
        ])
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let html = try site.html(at: "zh/articles/a/index.html")
        #expect(html.contains("我们的支柱"), "the playbook's own string")
        #expect(html.contains(">Skip to content</a>"), "English, not the built-in zh.yml, for a key the playbook's zh.yml lacks")
        #expect(!html.contains("跳到正文"))
    }
}
