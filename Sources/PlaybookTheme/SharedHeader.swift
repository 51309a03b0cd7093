import Mustache
import PlaybookMarkdown

/// What `partials/header` sees when `ChromeFragments` renders it once for many pages: the
/// parts of a page's chrome that every page of one section, folder depth and language shares,
/// and the language switcher, which each page puts in afterwards.
struct HeaderChrome: MustacheParent {
    var lang: String
    var siteTitle: String
    var rootPath: String
    var homeHref: String
    /// Answered as `meta.searchHref`, as on the page's chrome.
    var searchHref: String
    var navHTML: String
    var languagesHTML: String
    var hasLanguages: Bool
    var t: [String: String]

    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang.forTemplate
        case "siteTitle": siteTitle.forTemplate
        case "rootPath": rootPath.forTemplate
        case "homeHref": homeHref.forTemplate
        case "meta": ["searchHref": searchHref.forTemplate]
        case "navHTML": navHTML.forTemplate
        case "languagesHTML": languagesHTML.forTemplate
        case "hasLanguages": hasLanguages
        case "t": TemplateStrings(strings: t)
        default: nil
        }
    }
}

/// The root the header is rendered from: it opens `{{#chrome}}`, as it does on a page.
struct HeaderContext: MustacheParent {
    var chrome: HeaderChrome

    func child(named name: String) -> Any? { name == "chrome" ? chrome : nil }
}

/// A header as the pages of one place share it: its text, cut where the language switcher
/// goes, and whether the header shows the switcher escaped there (`{{languagesHTML}}`) or not.
struct SharedHeader: Sendable {
    /// U+0003 between `<` and `>`: escaping makes `&lt;`…`&gt;` of it, which tells where the
    /// header escapes the switcher. No UI string or site title may hold the control character.
    static let mark: UInt8 = 0x03
    static let placeholder = "<\u{3}>"

    private var texts: [String]
    private var escaped: [Bool]

    /// The header rendered with `placeholder` for the switcher, cut at each one; nil when a
    /// mark stands anywhere else.
    init?(rendered html: String) {
        let parts = html.split(separator: "\u{3}", omittingEmptySubsequences: false).map(String.init)
        var texts = [parts[0]]
        var escaped: [Bool] = []
        for part in parts.dropFirst() {
            var left = texts.removeLast(), right = part
            if left.hasSuffix("<"), right.hasPrefix(">") {
                left.removeLast()
                right.removeFirst()
                escaped.append(false)
            } else if left.hasSuffix("&lt;"), right.hasPrefix("&gt;") {
                left.removeLast(4)
                right.removeFirst(4)
                escaped.append(true)
            } else {
                return nil
            }
            texts += [left, right]
        }
        self.texts = texts
        self.escaped = escaped
    }

    /// The header with `languagesHTML` where the switcher goes.
    func filling(_ languagesHTML: String) -> String {
        var html = texts[0]
        for (index, isEscaped) in escaped.enumerated() {
            html += isEscaped ? languagesHTML.htmlEscaped : languagesHTML
            html += texts[index + 1]
        }
        return html
    }
}
