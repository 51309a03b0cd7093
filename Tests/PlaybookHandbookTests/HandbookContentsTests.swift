import PlaybookModel
import Testing
@testable import PlaybookHandbook

/// Each handbook page's anchor is known before parsing, from the pages' front matter alone.
struct HandbookContentsTests {
    static func page(_ key: String, kind: PageKind, language: String = "en", order: Int? = nil, draft: Bool = false) -> SourcePage {
        var front = FrontMatter(title: key)
        front.order = order
        front.draft = draft
        return SourcePage(sourcePath: "content/\(key).md", kind: kind, key: key, language: language, frontMatter: front, body: "", bodyStartLine: 1)
    }

    @Test func sectionsOfHandbookInTheirOrderDraftsAndOtherSectionsLeftOutUntranslatedPagesIn() {
        var config = SiteConfig(title: "T")
        config.languages = ["en", "zh"]
        config.handbook = [.caseStory, .article, .caseStory]
        let pages = [Self.page("articles/listen", kind: .article), Self.page("articles/draft", kind: .article, draft: true),
                     Self.page("cases/airline", kind: .caseStory), Self.page("phrases/calm", kind: .phraseLibrary),
                     Self.page("articles/listen", kind: .article, language: "zh")]
        let ids = HandbookContents.pageIds(of: pages, config: config)
        #expect(ids["en"] == [PageAddress(key: "articles/listen", language: "en"): "articles-listen",
                              PageAddress(key: "cases/airline", language: "en"): "cases-airline"])
        // Chinese has its own listen and, untranslated, the English airline case.
        #expect(ids["zh"] == [PageAddress(key: "articles/listen", language: "zh"): "articles-listen",
                              PageAddress(key: "cases/airline", language: "en"): "cases-airline"])
    }

    @Test func anchorsOfPagesAndOfHeadingsInThem() {
        #expect(HandbookContents.anchor("articles-listen", nil) == "#articles-listen")
        #expect(HandbookContents.anchor("articles-listen", "") == "#articles-listen")
        #expect(HandbookContents.anchor("articles-listen", "recall") == "#articles-listen--recall")
        #expect(HandbookContents.folder(root: "zh/") == "zh/handbook/")
    }
}
