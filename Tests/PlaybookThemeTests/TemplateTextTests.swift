import Foundation
import Testing
@testable import PlaybookTheme
@testable import PlaybookBuild
import PlaybookModel

/// Views hand strings to Mustache as `TemplateText`; themes must not see the difference.
@Suite struct TemplateTextTests {
    @Test func aWrappedStringRendersTransformsAndScopesAsAString() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("template-text-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let partials = root.appendingPathComponent("templates/partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        // `description` inside the section must climb to the outer value, not find the
        // wrapper's own property; `t` answers the UI strings by name.
        try "{{uppercased(title)}}|{{#title}}{{.}}/{{description}}{{/title}}|{{^title}}none{{/title}}|{{t.search}}|{{#missing}}x{{/missing}}\n"
            .write(to: partials.appendingPathComponent("probe.mustache"), atomically: true, encoding: .utf8)
        let (theme, diagnostics) = ThemeLoader.load(root: root)
        #expect(diagnostics.isEmpty)
        let view: [String: Any] = ["title": "Listen <first>".forTemplate, "description": "outer".forTemplate,
                                   "t": TemplateStrings(strings: ["search": "Search & find"])]
        let html = theme.library.render(view, withTemplate: "partials.probe")
        #expect(html == "LISTEN &lt;FIRST&gt;|Listen &lt;first&gt;/outer||Search &amp; find|\n")
    }
}
