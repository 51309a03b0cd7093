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

    /// The handbook's pages follow `PageOrder.SectionKey`: order first (none last), then titles
    /// without case, then as written (canonically equal titles count as the same), then addresses.
    @Test func theSectionKeyOrdersAsPageOrder() {
        func titled(_ key: String, _ title: String, order: Int? = nil, language: String = "en") -> SourcePage {
            var page = Self.page(key, kind: .article, language: language, order: order)
            page.frontMatter.title = title
            return page
        }
        let pages = [titled("a/1", "beta"), titled("a/2", "Beta"), titled("a/3", "alpha"), titled("a/4", "Älpha"),
                     titled("a/5", "beta"), titled("a/5", "beta", language: "zh"), titled("a/6", "zeta", order: 2),
                     titled("a/7", "Alpha", order: 2), titled("a/8", "x", order: 1), titled("a/9", "e\u{301}"), titled("a/10", "\u{e9}")]
        let expected = [("a/8", "en"), ("a/7", "en"), ("a/6", "en"), ("a/3", "en"), ("a/2", "en"), ("a/1", "en"), ("a/5", "en"),
                        ("a/5", "zh"), ("a/4", "en"), ("a/10", "en"), ("a/9", "en")].map { PageAddress(key: $0.0, language: $0.1) }
        for shuffled in [pages, pages.reversed(), pages.shuffled(), pages.shuffled()] {
            #expect(shuffled.sorted { PageOrder.SectionKey($0) < PageOrder.SectionKey($1) }.map(\.address) == expected)
        }
    }

    @Test func anchorsOfPagesAndOfHeadingsInThem() {
        #expect(HandbookContents.anchor("articles-listen", nil) == "#articles-listen")
        #expect(HandbookContents.anchor("articles-listen", "") == "#articles-listen")
        #expect(HandbookContents.anchor("articles-listen", "recall") == "#articles-listen--recall")
        #expect(HandbookContents.folder(root: "zh/") == "zh/handbook/")
    }
}
