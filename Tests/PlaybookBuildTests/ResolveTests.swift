import Testing
@testable import PlaybookBuild
import PlaybookModel

/// The resolve stage on its own: parsed pages in, the cross-referenced site and its problems
/// out, without reading a file.
@Suite struct ResolveTests {
    static let config: SiteConfig = {
        var config = SiteConfig(title: "T")
        config.languages = ["en", "zh"]
        return config
    }()

    static func page(_ key: String, language: String = "en", kind: PageKind? = .article, title: String? = nil, order: Int? = nil,
                     tags: [String] = [], headings: [String] = [], phrases: [String] = [], links: [PageLink] = [], body: String = "") -> ParsedPage {
        var front = FrontMatter(title: title ?? key)
        front.order = order
        front.tags = tags
        let file = "content/\(key)\(language == "en" ? "" : ".\(language)").md"
        var source = SourcePage(sourcePath: file, kind: kind, key: key, language: language, frontMatter: front, body: body, bodyStartLine: 4)
        if body.isEmpty { source = source.droppingBody() }
        return ParsedPage(source: source, folder: SitePath.folder(key: key, language: language, defaultLanguage: "en"), html: "",
                          headings: headings.map { PageHeading(level: 2, text: $0, id: $0) }, links: links, tasks: TaskCount(total: 0, done: 0),
                          phrases: phrases.map { PagePhrase(id: $0, text: $0, avoid: nil, situation: "When") })
    }

    static func link(to key: String, _ fragment: String, line: Int, language: String = "en") -> PageLink {
        PageLink(target: PageAddress(key: key, language: language), fragment: fragment, location: SourceLocation(file: "content/articles/a.md", line: line, column: 3))
    }

    @Test func aLinkToAMissingAnchorIsAnErrorWithTheClosestHeading() {
        let pages = [Self.page("articles/a", links: [Self.link(to: "articles/b", "recal", line: 5), Self.link(to: "articles/b", "recall", line: 6),
                                                      Self.link(to: "articles/b", "fn-1", line: 7)]),
                     Self.page("articles/b", headings: ["listen", "recall"])]
        let resolved = SiteResolver.resolve(pages, config: Self.config)
        #expect(resolved.brokenLinks.map(\.message) == ["no heading '#recal' in 'content/articles/b.md'"])
        #expect(resolved.brokenLinks.first?.location?.line == 5)
        #expect(resolved.brokenLinks.first?.notes == ["did you mean '#recall'?"])
        #expect(resolved.diagnostics.isEmpty)
    }

    /// Resolve reads no file: a page that let its body go gets no quoted line (the build quotes
    /// it, `SourceQuoter`); one that kept it gets the line from the body.
    @Test func aPhraseCardsAnchorIsALinkTarget() {
        let pages = [Self.page("articles/a", links: [Self.link(to: "phrases/b", "i-hear-you", line: 5), Self.link(to: "phrases/b", "i-hear", line: 6)]),
                     Self.page("phrases/b", kind: .phraseLibrary, headings: ["when-angry"], phrases: ["i-hear-you"])]
        #expect(SiteResolver.resolve(pages, config: Self.config).brokenLinks.map(\.location?.line) == [6])
    }

    @Test func aBrokenLinksLineIsQuotedOnlyFromABodyInMemory() {
        let kept = Self.page("articles/a", links: [Self.link(to: "articles/a", "nowhere", line: 5)], body: "one\ntwo [x](#nowhere)\n")
        let dropped = Self.page("articles/a", links: [Self.link(to: "articles/a", "nowhere", line: 5)])
        #expect(SiteResolver.resolve([kept], config: Self.config).brokenLinks.first?.sourceLine == "two [x](#nowhere)")
        #expect(SiteResolver.resolve([dropped], config: Self.config).brokenLinks.first?.sourceLine == nil)
    }

    @Test func aTranslationWithoutItsSourceIsAnError() {
        let resolved = SiteResolver.resolve([Self.page("articles/a", language: "zh")], config: Self.config)
        #expect(resolved.diagnostics.map(\.message) == ["translation without a source: 'content/articles/a.md' does not exist"])
        #expect(resolved.diagnostics.first?.location == SourceLocation(file: "content/articles/a.zh.md", line: 1, column: 1))
    }

    @Test func anotherLanguageListsUntranslatedPagesAsFallbacksButDoesNotStepThroughThem() throws {
        let pages = [Self.page("articles/a", order: 1), Self.page("articles/b", order: 2), Self.page("articles/c", order: 3),
                     Self.page("articles/a", language: "zh", order: 1), Self.page("articles/c", language: "zh", order: 3)]
        let site = SiteResolver.resolve(pages, config: Self.config).site
        let zh = try #require(site.languages.first { $0.language == "zh" })
        let listed = try #require(zh.sections[.article])
        #expect(listed.map(\.page.source.key) == ["articles/a", "articles/b", "articles/c"])
        #expect(listed.map(\.isFallback) == [false, true, false])
        #expect(zh.pages.count == 2)
        #expect(zh.neighbours[PageAddress(key: "articles/a", language: "zh")]?.next?.source.key == "articles/c")
        #expect(zh.translations["articles/a"]?.count == 2)
    }

    @Test func sectionsFollowOrderThenTitleAndTagsThatDifferInCaseShareAPage() throws {
        let pages = [Self.page("articles/z", title: "Alpha"), Self.page("articles/y", title: "beta", tags: ["HR"]),
                     Self.page("articles/x", title: "Gamma", order: 1, tags: ["hr", "Leaders"])]
        let en = try #require(SiteResolver.resolve(pages, config: Self.config).site.languages.first)
        #expect(en.sections[.article]?.map(\.page.frontMatter.title) == ["Gamma", "Alpha", "beta"])
        #expect(en.tags.map(\.slug) == ["hr", "leaders"])
        #expect(en.tags.first?.pages.count == 2)
    }

    @Test func aPagesTagsWithOneSlugListItOnceUnderTheFirstOfTheirNames() throws {
        let pages = [Self.page("articles/a", tags: ["Team Work", "team-work", "Trust", "TEAM work"])]
        let en = try #require(SiteResolver.resolve(pages, config: Self.config).site.languages.first)
        #expect(en.tags.map(\.slug) == ["team-work", "trust"])
        #expect(en.tags.map(\.name) == ["Team Work", "Trust"])
        #expect(en.tags.map(\.pages.count) == [1, 1])
    }

    /// The section and recent orders with their keys made once give what sorting with
    /// `PageOrder`'s comparisons gives: same order, ties in title case and date included.
    @Test func keyedSortsKeepPageOrdersOrder() {
        let titles = ["Alpha", "alpha", "Beta", "beta", "Ärger", "Zed", "zed", "ALPHA"]
        let dates = [nil, "2024-01-02", "2024-01-02", "2023-05-06", nil, "2025-02-03"]
        var listed: [ListedPage] = []
        for index in 0..<60 {
            let page = Self.page("articles/p\(index % 23)-\(index)", title: titles[index % titles.count],
                                 order: index % 5 == 0 ? index % 3 : nil)
            var front = page.frontMatter
            front.date = dates[index % dates.count].flatMap(PageDate.init)
            if index % 7 == 0 { front.updated = PageDate("2024-01-02") }
            var source = page.source
            source.frontMatter = front
            let dated = ParsedPage(source: source, folder: page.folder, html: "", headings: [], links: [], tasks: page.tasks, phrases: [])
            listed.append(ListedPage(page: dated, isFallback: index % 4 == 0))
        }
        let expected = listed.sorted(by: PageOrder.inSection)
        let sorted = SiteResolver.sortedInSection(listed)
        #expect(sorted.map(\.page.address) == expected.map(\.page.address))
        let recent = expected.filter { $0.page.source.kind != .pillar }.sorted(by: PageOrder.recentFirst).prefix(SiteResolver.recentCount)
        #expect(SiteResolver.recent(sorted).map(\.page.address) == recent.map(\.page.address))
    }
}
