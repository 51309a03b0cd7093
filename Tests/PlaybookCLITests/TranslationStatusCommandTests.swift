import Foundation
import Testing

/// A translation records the version of its source it was made from; `playbook check` warns
/// once the source has changed, `playbook status` lists it, and `playbook new --lang` marks it
/// current again.
@Suite struct TranslationStatusCommandTests {
    @Test func aChangedSourceMakesItsTranslationOutdatedAndNewLangMakesItCurrent() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("playbook.yml", "title: T\nlanguages: [en, zh]\n")
        try folder.write("content/articles/listen.md", "---\ntitle: Listen\n---\nHear the whole story.\n")
        try folder.write("content/articles/recall.md", "---\ntitle: Recall\n---\nRemember a time.\n")

        let created = try PlaybookProcess.run(["new", "article", "倾听", "--lang", "zh", "--name", "listen"], in: folder.url)
        #expect(created.status == 0, "\(created.standardError)")
        let translation = try #require(folder.read("content/articles/listen.zh.md"))
        #expect(translation.contains("\ntranslationOf: "), "the new translation does not record its source's version")
        #expect(try PlaybookProcess.run(["check", "--strict"], in: folder.url).status == 0)

        try folder.write("content/articles/listen.md", "---\ntitle: Listen\n---\nHear the whole story, then check it.\n")
        let check = try PlaybookProcess.run(["check"], in: folder.url)
        #expect(check.standardError.hasPrefix(
            "content/articles/listen.zh.md:1:1: warning: 'content/articles/listen.md' changed since 'content/articles/listen.zh.md' was translated from it\n"))
        let status = try PlaybookProcess.run(["status"], in: folder.url)
        #expect(status.standardOutput == """
            zh: 0 translated, 0 not tracked, 1 outdated, 1 missing
              missing      content/articles/recall.md
              outdated     content/articles/listen.zh.md

            """)

        try folder.write("content/articles/listen.zh.md", translation.replacingOccurrences(of: "Hear the whole story.", with: "听完整个故事，再核对一遍。"))
        let marked = try PlaybookProcess.run(["new", "article", "倾听", "--lang", "zh", "--name", "listen"], in: folder.url)
        #expect(marked.status == 0 && marked.standardOutput.hasPrefix("Marked content/articles/listen.zh.md as translating the current"))
        #expect(folder.read("content/articles/listen.zh.md")?.contains("听完整个故事，再核对一遍。") == true, "the translation's text was overwritten")
        #expect(try PlaybookProcess.run(["check", "--strict"], in: folder.url).status == 0)
        #expect(try PlaybookProcess.run(["status"], in: folder.url).standardOutput.hasPrefix("zh: 1 translated, 0 not tracked, 0 outdated, 1 missing\n"))
    }
}
