import Foundation
import Testing

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
}
