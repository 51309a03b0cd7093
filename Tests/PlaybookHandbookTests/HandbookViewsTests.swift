import Mustache
import PlaybookFixtures
import PlaybookModel
import PlaybookTheme
import Testing
@testable import PlaybookHandbook

/// The handbook's views answer Mustache's lookups for each of their stored properties.
struct HandbookViewsTests {
    @Test func everyHandbookViewAnswersForEveryStoredProperty() {
        var front = FrontMatter(title: "Drill")
        front.duration = 30
        front.participants = "3-8"
        front.materials = ["cards"]
        let page = HandbookPage(id: "a", title: "A", summary: "Why", kind: "exercise", kindLabel: "Exercise", pillars: ["Humanized"],
                                audience: "Leaders", date: "2026-01-01", contentHTML: "<p>x</p>", facts: ExerciseFacts(front),
                                originalLanguage: "en", untranslatedNote: "English, not yet translated", articleHTML: "<article>")
        let chapter = HandbookChapter(id: "pb-chapter-exercises", title: "Exercises", kind: "exercise", pages: [page])
        let view = HandbookView(lang: "en", title: "Playbook", documentTitle: "Handbook · Playbook", description: "Why",
                                languageLabel: "English", edition: "2026-01-01", stylesheetHref: "../theme/handbook.css",
                                siteHref: "../index.html", chapters: [chapter], t: ["handbook_title": "Handbook"])
        for value: any MustacheParent in [view, chapter, page] { MustacheParentCheck.expectMatchesMirror(value) }
    }
}
