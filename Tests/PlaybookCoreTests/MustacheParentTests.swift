import Mustache
import Testing
@testable import PlaybookCore

/// Views that answer Mustache's lookups themselves must answer for every stored property,
/// exactly as `Mirror` would have: a property added without its case would vanish from pages.
struct MustacheParentTests {
    static let navItem = NavItem(label: "Listen", href: "../listen/index.html", isCurrent: true)
    static let entry = EntryView(title: "Listen", href: "a/index.html", summary: "Why", kindLabel: "Article", pillars: [navItem],
                                 audience: "leaders", isFallback: true, fallbackLabel: "English", duration: 30, participants: "3-8",
                                 entryHTML: "<li>Listen</li>")

    static func expectMatchesMirror(_ value: any MustacheParent) {
        for case let (label?, field) in Mirror(reflecting: value).children {
            let unwrapped: Any? = Mirror(reflecting: field).displayStyle == .optional ? Mirror(reflecting: field).children.first?.value : field
            #expect(unwrapped != nil, "set every optional of the sample \(type(of: value)) (\(label))")
            let child = value.child(named: label)
            #expect(child.map { String(describing: $0) } == unwrapped.map { String(describing: $0) } || child.map(strings) == unwrapped.map(strings),
                    "\(type(of: value)).child(named: \"\(label)\")")
            // Strings go to Mustache as `TemplateText` (see there why).
            if unwrapped is String { #expect(child is TemplateText, "\(type(of: value)).\(label) answers a plain String") }
            if unwrapped is [String: String] { #expect(child is TemplateStrings, "\(type(of: value)).\(label) answers a plain dictionary") }
        }
        #expect(value.child(named: "noSuchProperty") == nil)
    }

    private static func strings(_ value: Any) -> [String: String]? {
        (value as? TemplateStrings)?.strings ?? value as? [String: String]
    }

    @Test func entryViewAnswersForEveryStoredProperty() { Self.expectMatchesMirror(Self.entry) }

    @Test func navItemAnswersForEveryStoredProperty() { Self.expectMatchesMirror(Self.navItem) }

    @Test func handbookPageAnswersForEveryStoredProperty() {
        let facts = ExerciseFacts(duration: 30, participants: "3-8", materials: ["cards"], hasMaterials: true)
        let page = HandbookPage(id: "a", title: "A", summary: "Why", kind: "exercise", kindLabel: "Exercise", pillars: ["Humanized"],
                                audience: "Leaders", date: "2026-01-01", contentHTML: "<p>x</p>", facts: facts, articleHTML: "<article>")
        Self.expectMatchesMirror(page)
        Self.expectMatchesMirror(facts)
    }

    @Test func aPageViewAnswersForEveryStoredPropertyAllTheWayDown() {
        let chrome = Chrome(lang: "en", siteTitle: "Playbook", documentTitle: "Listen · Playbook", description: "Why", rootPath: "../../",
                            homeHref: "../../index.html", stylesheetHref: "../../theme/site.css", scriptHref: "../../theme/site.js",
                            nav: [Self.navItem], navHTML: "<nav></nav>", breadcrumbs: [Self.navItem],
                            languages: [LanguageLink(lang: "zh", label: "中文", href: "../../zh/index.html", isCurrent: false)],
                            languagesHTML: "<nav></nav>",
                            hasLanguages: true, noindex: true,
                            meta: PageMeta(searchHref: "../../search/index.html", feedHref: "../../feed.xml", ogTitle: "Listen",
                                           ogDescription: "Why", ogType: "article", ogURL: "https://example.org/listen/"),
                            t: ["search": "Search"])
        let body = PageBody(title: "Listen", summary: "Why", kind: "checklist", kindLabel: "Checklist", isDraft: true,
                            contentHTML: "<p>x</p>", outline: [OutlineItem(text: "Recall", id: "recall", isNested: true)], hasOutline: true,
                            pillars: [Self.navItem], audience: "Leaders", tags: [Self.navItem], date: "2026-01-01", updated: "2026-02-01",
                            previous: Self.navItem, next: Self.navItem, hasNeighbours: true,
                            facts: ExerciseFacts(duration: 30, participants: "3-8", materials: ["cards"], hasMaterials: true),
                            checklist: ChecklistProgress(text: "0 of 2 done", pattern: "{done} of {total} done", total: 2))
        let view = PageView(chrome: chrome, page: body)
        for value: any MustacheParent in [view, chrome, chrome.languages[0], chrome.meta, body, body.outline[0], body.facts!, body.checklist!] {
            Self.expectMatchesMirror(value)
        }
    }
}
