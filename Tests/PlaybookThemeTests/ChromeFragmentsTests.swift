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

    static func theme(switcher: String?, header: String? = nil) throws -> (Theme, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fragments-\(UUID().uuidString)")
        let partials = root.appendingPathComponent("templates/partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        if let switcher {
            try switcher.write(to: partials.appendingPathComponent("language-switcher.mustache"), atomically: true, encoding: .utf8)
        }
        if let header {
            try header.write(to: partials.appendingPathComponent("header.mustache"), atomically: true, encoding: .utf8)
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

    /// The header is rendered once per place with a placeholder for the switcher; each page's
    /// must be what rendering it for the page gives, whether the theme shows the switcher
    /// escaped, twice or not at all, and when a UI string holds the placeholder's mark.
    @Test(arguments: [nil, "{{#chrome}}<h>{{siteTitle}}|{{languagesHTML}}|{{{languagesHTML}}}|{{meta.searchHref}}</h>{{/chrome}}\n",
                      "{{#chrome}}<h>{{homeHref}}</h>{{/chrome}}\n"])
    func sharingTheHeaderChangesNoByte(header: String?) throws {
        let (theme, root) = try Self.theme(switcher: nil, header: header)
        defer { try? FileManager.default.removeItem(at: root) }
        let t = theme.strings(for: "en")
        func chrome(_ languagesHTML: String) -> HeaderChrome {
            HeaderChrome(lang: "en", siteTitle: "Q&A", rootPath: "../../", homeHref: "../../index.html", searchHref: "../../search/index.html",
                         navHTML: "<nav>sections</nav>", languagesHTML: languagesHTML, hasLanguages: true, t: t)
        }
        for strings in [t, t.merging(["unused": "\u{3}"]) { $1 }] {
            let fragments = Self.fragments(theme, t: strings)
            for languagesHTML in ["<nav>a & b</nav>", "<nav>\"c\"</nav>", "<nav>a & b</nav>"] {
                var header = chrome(languagesHTML)
                header.t = strings
                let own = theme.library.render(HeaderContext(chrome: header), withTemplate: ChromeFragments.headerTemplate)
                #expect(fragments.headerHTML(header, current: "articles") == own)
            }
        }
    }
}
