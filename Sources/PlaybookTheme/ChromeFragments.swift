import PlaybookModel
import PlaybookSupport
import Mustache
import PlaybookMarkdown
import Synchronization

/// Renders the parts of every page's chrome that pages share, each with its own partial: the
/// main navigation (`partials/site-nav`) and the header around it (`partials/header`) once
/// per place they are seen from, the language switcher (`partials/language-switcher`) once
/// per language, with each page's links put in, and each breadcrumb trail once.
///
/// Between pages the navigation differs only in the section that is current and the way back
/// to the site root (`../../`), so a site of any size has a few dozen per language; the
/// switcher differs only in its links. Rendering each once spares every page their loops,
/// which are slow because swift-mustache looks up every name.
public final class ChromeFragments: Sendable {
    public static let navTemplate = "partials.site-nav"
    public static let languagesTemplate = "partials.language-switcher"
    public static let siblingItemTemplate = "partials.sibling-item"
    public static let headerTemplate = "partials.header"
    public static let breadcrumbsTemplate = "partials.breadcrumbs"

    private struct Place: Hashable {
        var current: String?
        var rootPath: String
    }

    private let library: MustacheLibrary
    private let t: [String: String]
    private let hasLanguages: Bool
    private let navs = Mutex<[Place: String]>([:])
    /// Sibling links as `partials/sibling-item` renders them: every page of a section lists the
    /// same links from the same depth, so each is rendered once (and once more as the current one).
    private let siblingItems = Mutex<[NavItem: String]>([:])
    /// Breadcrumb trails as `partials/breadcrumbs` renders them: the pages of a section share one.
    private let trails = Mutex<[[NavItem]: String]>([:])
    /// Every language's link as this language's pages show them, and the switcher rendered
    /// with `slot(n)` for the n-th link's `href`; nil where a UI string holds `slotMark`.
    private let sharedLanguages: (links: [LanguageLink], html: String)?
    /// The header of each place, its links and site title with it (its UI strings, language and
    /// navigation follow from the fragments' language and the place); nil where the mark stands
    /// elsewhere than around the switcher (`SharedHeader(rendered:)`).
    private let headers = Mutex<[HeaderPlace: SharedHeader?]>([:])
    /// False when a UI string holds `SharedHeader.mark`: every page renders its own header.
    private let canShareHeaders: Bool

    private struct HeaderPlace: Hashable {
        var place: Place
        var homeHref: String
        var searchHref: String
        var siteTitle: String
    }

    /// `languages`: the links of a page of this language, in the site's order.
    init(theme: Theme, t: [String: String], languages: [LanguageLink]) {
        library = theme.library
        self.t = t
        let hasLanguages = languages.count > 1
        self.hasLanguages = hasLanguages
        let canShare = !t.values.contains { $0.holdsByte(Self.slotMark) }
        canShareHeaders = !t.values.contains { $0.holdsByte(SharedHeader.mark) }
        sharedLanguages = canShare ? (languages, Self.render(SwitcherContext(
            languages: languages.enumerated().map { number, link in
                var link = link
                link.href = Self.slot(number)
                return link
            },
            hasLanguages: hasLanguages, t: t), Self.languagesTemplate, with: theme.library)) : nil
    }

    /// `nav`, the navigation as seen from a page whose current section is `current` and whose
    /// way back to the site root is `rootPath`, as `partials/site-nav` shows it.
    func navHTML(_ nav: [NavItem], current: String?, rootPath: String) -> String {
        Self.remembered(Place(current: current, rootPath: rootPath), in: navs) {
            Self.render(LinksContext(name: "nav", links: nav, t: t), Self.navTemplate, with: library)
        }
    }

    /// `items` rendered with `partials/sibling-item`, one after the other.
    func siblingItemsHTML(_ items: [NavItem]) -> String {
        var html = ""
        for item in items {
            html += Self.remembered(item, in: siblingItems) { Self.render(item, Self.siblingItemTemplate, with: library) }
        }
        return html
    }

    /// `breadcrumbs` as `partials/breadcrumbs` shows them, rendered once per trail.
    func breadcrumbsHTML(_ breadcrumbs: [NavItem]) -> String {
        Self.remembered(breadcrumbs, in: trails) {
            Self.render(LinksContext(name: "breadcrumbs", links: breadcrumbs, t: t), Self.breadcrumbsTemplate, with: library)
        }
    }

    /// `header` as `partials/header` shows it, rendered once for the pages of its place and
    /// language (`current` is the place's current section) with each page's switcher put in.
    func headerHTML(_ header: HeaderChrome, current: String?) -> String {
        guard canShareHeaders, !header.siteTitle.holdsByte(SharedHeader.mark) else { return render(header) }
        let place = HeaderPlace(place: Place(current: current, rootPath: header.rootPath), homeHref: header.homeHref,
                                searchHref: header.searchHref, siteTitle: header.siteTitle)
        let shared = Self.remembered(place, in: headers) {
            var placeholder = header
            placeholder.languagesHTML = SharedHeader.placeholder
            return SharedHeader(rendered: render(placeholder))
        }
        return shared?.filling(header.languagesHTML) ?? render(header)
    }

    private func render(_ header: HeaderChrome) -> String {
        Self.render(HeaderContext(chrome: header), Self.headerTemplate, with: library)
    }

    /// A page's language links as `partials/language-switcher` shows them.
    func languagesHTML(_ links: [LanguageLink]) -> String {
        if let shared = sharedLanguages, links.count == shared.links.count,
           zip(links, shared.links).allSatisfy({ $0.lang == $1.lang && $0.label == $1.label && $0.isCurrent == $1.isCurrent }),
           let html = Self.filling(shared.html, with: links.map(\.href.htmlEscaped)) {
            return html
        }
        return Self.render(SwitcherContext(languages: links, hasLanguages: hasLanguages, t: t), Self.languagesTemplate, with: library)
    }

    /// The value `store` holds for `key`, else `make()`'s, kept there. Two pages of one place
    /// may both make it; both make the same value.
    private static func remembered<Key: Hashable & Sendable, Value: Sendable>(
        _ key: Key, in store: borrowing Mutex<[Key: Value]>, make: () -> Value
    ) -> Value {
        if let known = store.withLock({ $0[key] }) { return known }
        let made = make()
        store.withLock { $0[key] = made }
        return made
    }

    private static func render(_ context: some MustacheParent, _ template: String, with library: MustacheLibrary) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// U+0002, a control character no HTML text may hold, around a link's number: `slot(1)`
    /// is `\u{2}1\u{2}`.
    private static let slotMark: UInt8 = 0x02

    private static func slot(_ number: Int) -> String {
        let mark = String(UnicodeScalar(slotMark))
        return mark + String(number) + mark
    }

    /// `html` with each `slot(n)` replaced by `values[n]`; nil when a slot is not one of them
    /// (a theme that changed the links' text).
    private static func filling(_ html: String, with values: [String]) -> String? {
        var text = html
        return text.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + values.reduce(0) { $0 + $1.utf8.count })
            var start = 0
            while let open = bytes.firstIndex(of: slotMark, from: start) {
                guard let close = bytes.firstIndex(of: slotMark, from: open + 1),
                      let number = Int(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)), values.indices.contains(number)
                else { return nil }
                result += bytes[start..<open]
                result += values[number].utf8
                start = close + 1
            }
            result += bytes[start...]
            return String(decoding: result, as: UTF8.self)
        }
    }
}

/// What `partials/site-nav` and `partials/breadcrumbs` see: their links under the name the
/// page's chrome gives them (`nav`, `breadcrumbs`) and the page language's UI strings, again
/// as `chrome` for the trail, which opens `{{#chrome}}` as it would on the page.
private struct LinksContext: MustacheParent {
    var name: String
    var links: [NavItem]
    var t: [String: String]

    public func child(named name: String) -> Any? {
        switch name {
        case self.name: links
        case "t": TemplateStrings(strings: t)
        case "chrome": self
        default: nil
        }
    }
}

/// What `partials/language-switcher` sees: the page in every language, and the UI strings.
private struct SwitcherContext: MustacheParent {
    var languages: [LanguageLink]
    var hasLanguages: Bool
    var t: [String: String]

    public func child(named name: String) -> Any? {
        switch name {
        case "languages": languages
        case "hasLanguages": hasLanguages
        case "t": TemplateStrings(strings: t)
        default: nil
        }
    }
}
