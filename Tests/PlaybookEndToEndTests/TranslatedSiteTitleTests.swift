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
