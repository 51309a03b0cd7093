import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// Every error of a run at once, each as a whole compiler-style line with the source line and a caret.
@Suite struct DiagnosticTests {
    /// A file beside the page is not published (only content/assets/ is): the warning says
    /// where to put it and how to link to it from the page.
    @Test func aFileOutsideAssetsIsReportedWithWhereItBelongs() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/recall.md": page("Recall", body: "A ![map](map.png), a [form](../forms/intake.pdf) and [listen](listen)."),
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(!result.hasErrors)
        #expect(result.diagnosticLines.filter { $0.hasPrefix("content/") || $0.hasPrefix("note:") } == [
            "content/articles/recall.md:5:3: warning: link target 'map.png' is neither a page (.md) nor a file in content/assets/, so it would be broken",
            "note: put the file in content/assets/ and link to it as '../assets/map.png'",
            "content/articles/recall.md:5:22: warning: link target '../forms/intake.pdf' is neither a page (.md) nor a file in content/assets/, so it would be broken",
            "note: put the file in content/assets/ and link to it as '../assets/intake.pdf'",
            "content/articles/recall.md:5:54: warning: link 'listen' is not a source file; link to the page's .md file",
        ])
    }

    @Test func everyErrorOfARunIsReportedAtItsPosition() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/recall.md": page("Recall"),
            "content/cases/airline.md": "---\ntitle: Airline\npillars: [humanized, kind]\ntitel: x\norder: first\n---\n\nSee how we [recall](recal.md) the details.\n\nAnd [this](../articles/recall.md#nowhere).\n",
            "content/articles/notitle.md": "---\nsummary: no title\n---\n",
            "content/misc/stray.md": page("Stray"),
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(result.hasErrors)
        #expect(!result.didWrite)
        #expect(result.diagnosticLines == [
            "content/articles/notitle.md:1:1: error: missing required key 'title' in front matter",
            "    ---",
            "    ^",
            "content/cases/airline.md:3:22: error: unknown pillar 'kind'",
            "    pillars: [humanized, kind]",
            "                         ^",
            "note: allowed: humanized, aligned, nimble, data-backed",
            "content/cases/airline.md:4:1: warning: unknown key 'titel'",
            "    titel: x",
            "    ^",
            "note: did you mean 'title'?",
            "content/cases/airline.md:5:8: error: 'order' must be a whole number, not 'first'",
            "    order: first",
            "           ^",
            "content/cases/airline.md:8:12: error: link target 'recal.md' does not exist",
            "    See how we [recall](recal.md) the details.",
            "               ^",
            "note: did you mean 'articles/recall.md'?",
            "content/cases/airline.md:10:5: error: no heading '#nowhere' in 'content/articles/recall.md'",
            "    And [this](../articles/recall.md#nowhere).",
            "        ^",
            "content/misc/stray.md:1:1: error: unknown folder 'misc'; pages go in pillars/, articles/, cases/, phrases/, checklists/, exercises/",
        ])
    }

    @Test(arguments: [
        ("---\ntitle: [unclosed\n---\n", "content/articles/a.md:3:1: error: invalid YAML: did not find expected ',' or ']'"),
        ("---\ntitle: A\n", "content/articles/a.md:1:1: error: front matter opened here is never closed with '---'"),
        ("---\ntitle: A\ndate: 2026-02-30\n---\n", "content/articles/a.md:3:7: error: 'date' must be a date written YYYY-MM-DD, not '2026-02-30'"),
        ("---\ntitle: A\naudience: managers\n---\n", "content/articles/a.md:3:11: error: unknown audience 'managers'"),
        ("---\ntitle: A\ndraft: maybe\n---\n", "content/articles/a.md:3:8: error: 'draft' must be true or false, not 'maybe'"),
        ("No front matter.\n", "content/articles/a.md:1:1: error: missing front matter: a page starts with '---', a 'title:' line and '---'"),
    ])
    func frontMatterProblems(text: String, firstLine: String) throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": text])
        defer { site.remove() }
        let result = site.build()
        #expect(result.hasErrors)
        #expect(result.diagnosticLines.first == firstLine)
    }

    @Test func exerciseFactsOnOtherKindsAreWarnings() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig,
                                    "content/articles/a.md": page("A", "duration: 30"),
                                    "content/exercises/e.md": page("E", "duration: 30\nparticipants: 3-8\nmaterials: [cards]")])
        defer { site.remove() }
        let result = site.build()
        #expect(result.didWrite)
        #expect(result.diagnosticLines == [
            "content/articles/a.md:3:11: warning: 'duration' only applies to exercises",
            "    duration: 30",
            "              ^",
        ])
    }

    @Test func twoFilesWithOneURLAndATranslationWithoutSource() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
            "content/articles/a.md": page("A"),
            "content/articles/a.en.md": page("A again"),
            "content/articles/orphan.zh.md": page("孤儿"),
        ])
        defer { site.remove() }
        #expect(site.build().diagnosticLines == [
            "content/articles/a.md:1:1: error: 'content/articles/a.md' and 'content/articles/a.en.md' both publish to 'articles/a/index.html'",
            "content/articles/orphan.zh.md:1:1: error: translation without a source: 'content/articles/orphan.md' does not exist",
        ])
    }

    @Test func templateErrorsPointIntoTheTemplate() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("A"),
            "templates/partials/footer.mustache": "<footer>\n{{#chrome}}{{siteTitle}}{{/wrong}}\n</footer>\n",
        ])
        defer { site.remove() }
        let lines = site.build().diagnosticLines
        #expect(lines.first == "templates/partials/footer.mustache:2:28: error: template error: sectionCloseNameIncorrect")
    }

    @Test func templateErrorsOnTheFirstLineCountTheAuthorsColumns() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("A"),
            "templates/partials/footer.mustache": "<footer>{{#chrome}}{{/wrong}}</footer>\n",
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(result.diagnosticLines.first == "templates/partials/footer.mustache:1:23: error: template error: sectionCloseNameIncorrect")
        #expect(result.diagnostics.first?.sourceLine == "<footer>{{#chrome}}{{/wrong}}</footer>")
    }

    @Test func missingConfigSaysHowToCreateOne() throws {
        let site = try FixtureSite(["content/articles/a.md": page("A")])
        defer { site.remove() }
        let lines = site.build().diagnosticLines
        #expect(lines.first?.hasPrefix("error: no playbook.yml in ") == true)
        #expect(lines.last == "note: create a new playbook with `playbook init`, or pass --root DIR")
    }

    @Test func caretsLineUpUnderWideCharacters() {
        let diagnostic = Diagnostic(.error, "x", at: SourceLocation(file: "f.md", line: 1, column: 4), sourceLine: "共情 [a](b.md)")
        #expect(DiagnosticFormatter().format(diagnostic) == "f.md:1:4: error: x\n    共情 [a](b.md)\n         ^\n")
    }
}
