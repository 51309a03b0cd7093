import Foundation
import Testing

@Suite struct NewAndInitCommandTests {
    @Test func initCreatesAPlaybookThatBuildsAtOnce() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let created = try PlaybookProcess.run(["init", "handbook"], in: folder.url)
        #expect(created.status == 0)
        for path in ["playbook.yml", "content/pillars/humanized.md", "content/articles/listening-first.md",
                     "content/cases/the-missed-callback.md", "content/phrases/acknowledging-feelings.md",
                     "content/checklists/before-a-difficult-call.md", "content/exercises/role-reversal.md"] {
            #expect(folder.exists("handbook/" + path), "\(path)")
        }
        let built = try PlaybookProcess.run(["build", "--root", "handbook"], in: folder.url)
        #expect(built.status == 0, "\(built.standardError)")
        #expect(built.standardError == "")
        #expect(folder.exists("handbook/site/cases/the-missed-callback/index.html"))
        let html = try #require(folder.read("handbook/site/exercises/role-reversal/index.html"))
        #expect(!html.contains("__playbook"))  // the live-reload script is for `serve` only
    }

    @Test func initNeverOverwrites() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("playbook.yml", "title: Mine\n")
        let result = try PlaybookProcess.run(["init"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("playbook.yml already exists"))
        #expect(folder.read("playbook.yml") == "title: Mine\n")
        #expect(!folder.exists("content"))
    }

    @Test(arguments: [("article", "articles"), ("case", "cases"), ("phrases", "phrases"), ("checklist", "checklists"), ("exercise", "exercises")])
    func newWritesAPageOfTheKindThatBuilds(_ kind: String, _ section: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("playbook.yml", "title: T\nlanguages: [en]\n")
        let result = try PlaybookProcess.run(["new", kind, "When: the \"hard\" call"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput == "Created content/\(section)/when-the-hard-call.md\n")
        let page = try #require(folder.read("content/\(section)/when-the-hard-call.md"))
        #expect(page.hasPrefix("---\ntitle: \"When: the \\\"hard\\\" call\"\n"))
        let built = try PlaybookProcess.run(["build"], in: folder.url)
        #expect(built.status == 0, "\(built.standardError)")
        #expect(built.standardError == "")
        let html = try #require(folder.read("site/\(section)/when-the-hard-call/index.html"))
        #expect(html.contains("When: the &quot;hard&quot; call") || html.contains("When: the &#34;hard&#34; call"))
    }

    @Test func newNeverOverwritesAndRejectsUnknownKinds() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("playbook.yml", "title: T\n")
        try folder.write("content/articles/listen.md", "mine")
        let again = try PlaybookProcess.run(["new", "article", "Listen"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.standardError.hasPrefix("error: content/articles/listen.md already exists"))
        #expect(folder.read("content/articles/listen.md") == "mine")
        #expect(try PlaybookProcess.run(["new", "poem", "Listen"], in: folder.url).status == 64)
    }

    @Test func newWithLangWritesTheTranslationBesideTheOriginal() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("playbook.yml", "title: T\nlanguages: [en, zh]\n")
        #expect(try PlaybookProcess.run(["new", "case", "Listen"], in: folder.url).status == 0)
        let translated = try PlaybookProcess.run(["new", "case", "倾听", "--lang", "zh", "--name", "listen"], in: folder.url)
        #expect(translated.status == 0)
        let page = try #require(folder.read("content/cases/listen.zh.md"))
        #expect(page.hasPrefix("---\ntitle: \"倾听\"\n"))
        #expect(page.contains("## The scripted reply"))
        #expect(try PlaybookProcess.run(["build"], in: folder.url).status == 0)
        #expect(folder.exists("site/zh/cases/listen/index.html"))

        let orphan = try PlaybookProcess.run(["new", "case", "Other", "--lang", "zh"], in: folder.url)
        #expect(orphan.status == 1)
        #expect(orphan.standardError.hasPrefix("error: content/cases/other.md does not exist"))
        #expect(try PlaybookProcess.run(["new", "case", "Listen", "--lang", "fr"], in: folder.url).status == 64)
    }
}
