import Mustache
import PlaybookFixtures
import Testing
@testable import PlaybookTheme
import PlaybookModel

/// Every view answers Mustache's lookups for each of its stored properties, all the way down.
struct MustacheParentTests {
    static let navItem = NavItem(label: "Listen", href: "../listen/index.html", isCurrent: true)
    static let entry = EntryView(title: "Listen", href: "a/index.html", summary: "Why", kindLabel: "Article", pillars: [navItem],
                                 audience: "leaders", isFallback: true, fallbackLabel: "English", duration: 30, participants: "3-8",
                                 entryHTML: "<li>Listen</li>")
    static let chrome = Chrome(lang: "en", siteTitle: "Playbook", documentTitle: "Listen · Playbook", description: "Why", rootPath: "../../",
                               homeHref: "../../index.html", stylesheetHref: "../../theme/site.css", scriptHref: "../../theme/site.js",
                               nav: [navItem], navHTML: "<nav></nav>", breadcrumbs: [navItem],
                               languages: [LanguageLink(lang: "zh", label: "中文", href: "../../zh/index.html", isCurrent: false)],
                               languagesHTML: "<nav></nav>",
                               hasLanguages: true, noindex: true,
                               meta: PageMeta(searchHref: "../../search/index.html", feedHref: "../../feed.xml", ogTitle: "Listen",
                                              ogDescription: "Why", ogType: "article", ogURL: "https://example.org/listen/"),
                               t: ["search": "Search"])
    static let facts: ExerciseFacts = {
        var front = FrontMatter(title: "Drill")
        front.duration = 30
        front.participants = "3-8"
        front.materials = ["cards"]
        return ExerciseFacts(front)
    }()
    static let body = PageBody(title: "Listen", summary: "Why", kind: "checklist", kindLabel: "Checklist", isDraft: true,
                               contentHTML: "<p>x</p>", outline: [OutlineItem(text: "Recall", id: "recall", isNested: true)], hasOutline: true,
                               pillars: [navItem], audience: "Leaders", tags: [navItem], date: "2026-01-01", updated: "2026-02-01",
                               previous: navItem, next: navItem, hasNeighbours: true, facts: facts,
                               checklist: ChecklistProgress(text: "0 of 2 done", pattern: "{done} of {total} done", total: 2),
                               editHref: "https://git.example.com/edit/main/content/articles/listen.md", siblings: siblings)
    static let siblings = SiblingList(title: "Articles", items: [navItem], itemsHTML: "<li><a href=\"../listen/index.html\">Listen</a></li>\n", more: navItem)
    static let card = PillarCard(title: "Humanized", href: "pillars/humanized/index.html", summary: "People first", count: 3,
                                 kinds: [KindCount(label: "Articles", count: 3)])
    static let link = SectionLink(label: "Articles", href: "articles/index.html", count: 9)

    @Test func entryAndNavItemAnswerForEveryStoredProperty() {
        MustacheParentCheck.expectMatchesMirror(Self.entry)
        MustacheParentCheck.expectMatchesMirror(Self.navItem)
    }

    @Test func aPageViewAnswersForEveryStoredPropertyAllTheWayDown() {
        let view = PageView(chrome: Self.chrome, page: Self.body)
        for value: any MustacheParent in [view, Self.chrome, Self.chrome.languages[0], Self.chrome.meta, Self.body, Self.body.outline[0],
                                          Self.facts, Self.body.checklist!, Self.siblings] {
            MustacheParentCheck.expectMatchesMirror(value)
        }
    }

    @Test func everyLayoutsViewAnswersForEveryStoredProperty() {
        let group = EntryGroup(label: "Articles", entries: [Self.entry])
        let chart = PillarChart(kinds: [(.article, "Articles"), (.caseStory, "Case stories")],
                                rows: [PillarChartRow(title: "Humanized", href: "pillars/humanized/index.html", counts: [2, 1], total: 3)])
        let views: [any MustacheParent] = [
            chart, chart.kinds[0], chart.rows[0],
            HomeView(chrome: Self.chrome, title: "Playbook", description: "Why", introHTML: "<p>Hi</p>", pillars: [Self.card], chart: chart,
                     recent: [Self.entry], sections: [Self.link], editHref: "https://git.example.com/edit/main/content/index.md"),
            Self.link, Self.card, Self.card.kinds[0], group,
            PillarsView(chrome: Self.chrome, title: "Pillars", intro: "Four", pillars: [Self.card], chart: chart, siblings: Self.siblings),
            PillarView(chrome: Self.chrome, page: Self.body, untranslatedHref: "../../pillars/humanized/index.html", groups: [group]),
            ListView(chrome: Self.chrome, title: "Articles", entries: [Self.entry], siblings: Self.siblings),
            TagsView(chrome: Self.chrome, title: "Tags", tags: [Self.link]),
            SearchView(chrome: Self.chrome, title: "Search"),
            NotFoundView(chrome: Self.chrome, title: "Not found", message: "Gone", baseHref: "https://example.org/", languageRoot: "zh/",
                         topFolders: "articles tags", homeHref: "https://example.org/index.html"),
        ]
        for view in views { MustacheParentCheck.expectMatchesMirror(view) }
    }
}
