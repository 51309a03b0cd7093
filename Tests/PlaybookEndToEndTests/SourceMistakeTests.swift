import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// Mistakes in a playbook's files that once built silently, or were reported where the
/// mistake is not: each is an error at its place, whole lines compared.
@Suite struct SourceMistakeTests {
    @Test func twoFilesForOneURLNameBothFilesAndTheURL() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/Listen.md": page("Listen loudly"),
            "content/articles/listen.md": page("Listen"),
            "content/cases/airline.md": page("Airline"),
            "content/cases/airline/index.md": page("Airline again"),
            "content/assets/Logo.png": "a",
            "content/assets/logo.png": "b",
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(result.diagnosticLines == [
            "content/articles/listen.md:1:1: error: 'content/articles/listen.md' and 'content/articles/Listen.md' publish to 'articles/listen/index.html' and 'articles/Listen/index.html', which differ only in letter case",
            "note: case-insensitive disks and servers take them for one; rename one of the files",
            "content/assets/logo.png:1:1: error: 'content/assets/logo.png' and 'content/assets/Logo.png' publish to 'assets/logo.png' and 'assets/Logo.png', which differ only in letter case",
            "note: case-insensitive disks and servers take them for one; rename one of the files",
            "content/cases/airline/index.md:1:1: error: 'content/cases/airline/index.md' and 'content/cases/airline.md' both publish to 'cases/airline/index.html'",
        ])
        #expect(!result.didWrite)
    }

    /// `x/index.md` is the page of folder `x`; in the section's own folder it would take the
    /// section's index.
    @Test func anIndexPageIsItsFoldersPage() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
            "content/articles/listen/index.md": page("Listen", body: "See [recall](../recall.md)."),
            "content/articles/listen/index.zh.md": page("倾听"),
            "content/articles/recall.md": page("Recall", body: "See [listen](listen/index.md)."),
        ])
        defer { site.remove() }
        #expect(site.build().diagnosticLines == [])
        #expect(try site.html(at: "articles/listen/index.html").contains(#"<a href="../../articles/recall/index.html">recall</a>"#))
        #expect(try site.html(at: "articles/recall/index.html").contains(#"<a href="../../articles/listen/index.html">listen</a>"#))
        #expect(site.exists("zh/articles/listen/index.html"))
        try site.write("content/articles/index.md", page("Articles"))
        #expect(site.build().diagnosticLines == [
            "content/articles/index.md:1:1: error: 'articles/index.md' would take the URL of the section's own page, which the build makes; name the page after its subject",
        ])
    }

    @Test func aPlaybookWithoutContentSaysHowToStart() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig])
        defer { site.remove() }
        let notes = ["note: create a new playbook with `playbook init`, or pass --root DIR",
                     "note: or add a first page with `playbook new article \"Title\"`"]
        #expect(site.build().diagnosticLines == ["error: no content/ folder in \(site.root.path)"] + notes)
        try site.write("content/assets/logo.png", "png")
        #expect(site.build().diagnosticLines == ["error: no page in content/"] + notes)
        try site.write("content/articles/a.md", page("A", "draft: true"))
        let drafts = site.build()
        #expect(drafts.diagnosticLines == ["warning: every page is a draft, so none is published", "note: build with --drafts to include them"])
        #expect(!drafts.hasErrors)
    }

    @Test func aByteThatIsNotUTF8IsReportedWhereItIs() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig])
        defer { site.remove() }
        var text = Data(page("Café", body: (1...10).map { "Line \($0)." }.joined(separator: "\n")).utf8)
        text += Data("Le caf".utf8) + Data([0xE9]) + Data(" est prêt.\n".utf8)
        try site.write("content/articles/cafe.md", data: text)
        try site.write("templates/partials/footer.mustache", data: Data("<footer>\n<p>\u{a9} ".utf8) + Data([0xA9, 0x0A]) + Data("</footer>\n".utf8))
        try site.write("playbook.yml", data: Data(FixtureSite.minimalConfig.utf8) + Data("noindex: true # d".utf8) + Data([0xE9, 0x0A]))
        #expect(site.build().diagnosticLines == [
            "playbook.yml:3:18: error: the file is not UTF-8 text from here (byte 0xE9); save it as UTF-8",
            "    noindex: true # d\u{FFFD}",
            "                     ^",
        ])
        try site.write("playbook.yml", FixtureSite.minimalConfig)
        #expect(site.build().diagnosticLines == [
            "content/articles/cafe.md:15:7: error: the file is not UTF-8 text from here (byte 0xE9); save it as UTF-8",
            "    Le caf\u{FFFD} est prêt.",
            "          ^",
            "templates/partials/footer.mustache:2:6: error: the file is not UTF-8 text from here (byte 0xA9); save it as UTF-8",
            "    <p>\u{a9} \u{FFFD}",
            "         ^",
        ])
    }

    /// A wrong code in `languages:` is reported once, at its line, not at every page of the
    /// language meant.
    @Test func anUnknownLanguageCodeIsReportedInPlaybookYMLOnce() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, cn]\nhandbook: [articles, stories]\n",
            "content/articles/a.md": page("A"),
            "content/articles/a.zh.md": page("甲"),
            "content/articles/b.zh.md": page("乙"),
        ])
        defer { site.remove() }
        #expect(site.build().diagnosticLines == [
            "playbook.yml:3:17: error: unknown language code 'cn'",
            "    languages: [en, cn]",
            "                    ^",
            "note: did you mean 'zh'?",
            "playbook.yml:4:22: error: unknown section 'stories' in handbook",
            "    handbook: [articles, stories]",
            "                         ^",
            "note: allowed: pillars, articles, cases, phrases, checklists, exercises",
        ])
    }

    @Test(arguments: [("jp", "ja"), ("kr-KR", "ko-KR"), ("ch", "zh"), ("gr", "el")])
    func commonMixUpsSuggestTheLanguage(code: String, meant: String) throws {
        let site = try FixtureSite(["playbook.yml": "title: T\nlanguages: [\(code)]\n", "content/articles/a.md": page("A")])
        defer { site.remove() }
        #expect(site.build().diagnosticLines.last == "note: did you mean '\(meant)'?")
    }

    @Test func aCodeOfNoLanguageIsUnknownWithoutASuggestion() throws {
        let site = try FixtureSite(["playbook.yml": "title: T\nlanguages: [en, qq, yue, zh-Hant]\n", "content/articles/a.md": page("A")])
        defer { site.remove() }
        #expect(site.build().diagnosticLines == [
            "playbook.yml:2:17: error: unknown language code 'qq'",
            "    languages: [en, qq, yue, zh-Hant]",
            "                    ^",
        ])
    }
}
