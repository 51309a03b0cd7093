import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// Where drafts are shown (`build --drafts`, `serve`), an outdated translation is marked like one.
@Suite struct OutdatedTranslationTests {
    @Test func anOutdatedTranslationIsMarkedWhereDraftsAreShown() throws {
        let site = try FixtureSite([
            "playbook.yml": "title: T\nlanguages: [en, zh]\n",
            "content/articles/a.md": "---\ntitle: A\n---\nNew text.\n",
            "content/articles/a.zh.md": "---\ntitle: 甲\ntranslationOf: \(SourceVersion.of("Old text.\n"))\n---\n旧的译文。\n",
            "content/articles/b.md": "---\ntitle: B\n---\nSame text.\n",
            "content/articles/b.zh.md": "---\ntitle: 乙\ntranslationOf: \(SourceVersion.of("Same text.\n"))\n---\n译文。\n",
        ])
        defer { site.remove() }
        let badge = "<span class=\"badge draft\">译文待更新</span>"
        let preview = site.build(drafts: true)
        #expect(preview.diagnostics.map(\.message) == ["'content/articles/a.md' changed since 'content/articles/a.zh.md' was translated from it"])
        #expect(try site.html(at: "zh/articles/a/index.html").contains(badge))
        #expect(try !site.html(at: "zh/articles/b/index.html").contains(badge))
        #expect(site.build().didWrite)
        #expect(try !site.html(at: "zh/articles/a/index.html").contains(badge), "a published site marked the translation")
    }
}
