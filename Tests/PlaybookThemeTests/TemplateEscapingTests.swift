import Foundation
import Testing
@testable import PlaybookTheme
@testable import PlaybookBuild
import PlaybookModel

/// The default theme shows unescaped (`{{{ }}}` or `{{& }}`) only the HTML that cmark-gfm
/// produced, which view structs name `…HTML`; everything else goes through `{{ }}`.
@Suite struct TemplateEscapingTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    @Test func onlyMarkdownHTMLIsUnescaped() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.templates.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".mustache") }
        #expect(!files.isEmpty)
        let pattern = try NSRegularExpression(pattern: #"\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)\s*\}\}"#)
        for file in files {
            let text = try String(contentsOf: Self.templates.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let range = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
                let name = String(text[Range(range, in: text)!])
                #expect(name.hasSuffix("HTML"), "templates/\(file) shows '\(name)' unescaped")
            }
        }
    }

    /// Every template escapes with `String.htmlEscaped` (a quote with a combining mark is
    /// escaped too), and the pragma that says so changes nothing else in the output.
    @Test func templatesEscapeEveryQuoteAndKeepTheirLines() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let partials = root.appendingPathComponent("templates/partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        try "{{! a comment on a line of its own }}\n<p title=\"{{a}}\">{{b}}</p>\n".write(
            to: partials.appendingPathComponent("probe.mustache"), atomically: true, encoding: .utf8)
        let (theme, diagnostics) = ThemeLoader.load(root: root)
        #expect(diagnostics.isEmpty)
        let html = theme.library.render(["a": "x\"\u{301} onclick=y", "b": "<b>&'"], withTemplate: "partials.probe")
        #expect(html == "<p title=\"x&quot;\u{301} onclick=y\">&lt;b&gt;&amp;&#39;</p>\n")
    }
}
