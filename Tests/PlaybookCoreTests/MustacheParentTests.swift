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
            #expect(value.child(named: label).map { String(describing: $0) } == unwrapped.map { String(describing: $0) },
                    "\(type(of: value)).child(named: \"\(label)\")")
        }
        #expect(value.child(named: "noSuchProperty") == nil)
    }

    @Test func entryViewAnswersForEveryStoredProperty() { Self.expectMatchesMirror(Self.entry) }

    @Test func navItemAnswersForEveryStoredProperty() { Self.expectMatchesMirror(Self.navItem) }

    @Test func handbookPageAnswersForEveryStoredProperty() {
        let facts = ExerciseFacts(duration: 30, participants: "3-8", materials: ["cards"], hasMaterials: true)
        let page = HandbookPage(id: "a", title: "A", summary: "Why", kind: "exercise", kindLabel: "Exercise", pillars: ["Humanized"],
                                audience: "Leaders", date: "2026-01-01", contentHTML: "<p>x</p>", facts: facts, articleHTML: "<article>")
        for case let (label?, field) in Mirror(reflecting: page).children where label != "facts" {
            let unwrapped: Any? = Mirror(reflecting: field).displayStyle == .optional ? Mirror(reflecting: field).children.first?.value : field
            #expect(page.child(named: label).map { String(describing: $0) } == unwrapped.map { String(describing: $0) }, "\(label)")
        }
        #expect((page.child(named: "facts") as? [String: Any])?["duration"] as? Int == 30)
        #expect(page.child(named: "noSuchProperty") == nil)
    }
}
