import Foundation
import Testing
@testable import PlaybookTheme
@testable import PlaybookBuild
import PlaybookModel

/// The language switcher is rendered once per language and each page's links are put in
/// (`ChromeFragments`): that must give what rendering it for the page gives.
@Suite struct ChromeFragmentsTests {
    static let links = [
        LanguageLink(lang: "en", label: "English", href: "../../a&b/it's/index.html", isCurrent: true),
        LanguageLink(lang: "zh", label: "中文", href: "../../zh/\"q\"<x>/index.html", isCurrent: false),
        LanguageLink(lang: "fr", label: "Français", href: "../../fr/index.html", isCurrent: false),
    ]

    static func fragments(_ theme: Theme, t: [String: String]) -> ChromeFragments {
        ChromeFragments(theme: theme, t: t, languages: links.map { link in
            var link = link
            link.href = ""
            return link
        })
    }

    static func theme(switcher: String?) throws -> (Theme, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fragments-\(UUID().uuidString)")
        let partials = root.appendingPathComponent("templates/partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        if let switcher {
            try switcher.write(to: partials.appendingPathComponent("language-switcher.mustache"), atomically: true, encoding: .utf8)
        }
        let (theme, diagnostics) = ThemeLoader.load(root: root)
        #expect(diagnostics.isEmpty)
        return (theme, root)
    }

    /// A UI string holding the slot's mark makes every page render its own switcher; both
    /// ways must give the same bytes, escaped links included.
    @Test(arguments: [nil, "{{#languages}}[{{href}}|{{lang}}|{{href}}{{#isCurrent}}*{{/isCurrent}}]{{/languages}}\n"])
    func sharingTheSwitcherChangesNoByte(switcher: String?) throws {
        let (theme, root) = try Self.theme(switcher: switcher)
        defer { try? FileManager.default.removeItem(at: root) }
        let t = theme.strings(for: "en")
        let shared = Self.fragments(theme, t: t).languagesHTML(Self.links)
        let rendered = Self.fragments(theme, t: t.merging(["unused": "\u{2}"]) { $1 }).languagesHTML(Self.links)
        #expect(shared == rendered)
        #expect(shared.contains("../../a&amp;b/it&#39;s/index.html"))
        #expect(shared.contains("../../zh/&quot;q&quot;&lt;x&gt;/index.html"))
        #expect(!shared.utf8.contains(0x02))
    }
}
