import PlaybookModel
import PlaybookSupport

/// What every page's frame shows: head, header, navigation, language switcher, footer.
/// `rootPath` leads from the page back to the site root (`../../`).
public struct Chrome: Sendable, Equatable {
    var lang: String
    var siteTitle: String
    var documentTitle: String
    var description: String
    var rootPath: String
    var homeHref: String
    var stylesheetHref: String
    var scriptHref: String
    var nav: [NavItem]
    /// `nav` rendered with `partials/site-nav` (`ChromeFragments`); the header shows it.
    var navHTML: String
    var breadcrumbs: [NavItem]
    /// `breadcrumbs` rendered with `partials/breadcrumbs` (`ChromeFragments`); the layouts show it.
    var breadcrumbsHTML = ""
    /// Every language's version of this page (or its home): the switcher and the hreflang links.
    var languages: [LanguageLink]
    /// `languages` shown with `partials/language-switcher` (`ChromeFragments`); the header shows it.
    var languagesHTML: String
    /// `partials/header` rendered by `ChromeFragments` for the page's place, this page's
    /// switcher in it; `layouts/base` shows it.
    var headerHTML = ""
    var hasLanguages: Bool
    var noindex: Bool
    /// Search box, feed link and Open Graph tags.
    var meta = PageMeta()
    /// UI strings of the page's language.
    var t: [String: String]
}

public struct NavItem: Sendable, Hashable {
    var label: String
    var href: String
    var isCurrent: Bool
}

public struct LanguageLink: Sendable, Equatable {
    var lang: String
    var label: String
    var href: String
    var isCurrent: Bool
}

/// A page in a list: section and tag indexes, pillar pages, the home page.
public struct EntryView: Sendable, Hashable {
    var title: String
    var href: String
    var summary: String?
    var kindLabel: String
    var pillars: [NavItem]
    var audience: String?
    var isFallback: Bool
    var fallbackLabel: String?
    var duration: Int?
    var participants: String?
    /// The entry rendered with `partials/entry` (`EntryRenderer`); list layouts show it.
    var entryHTML = ""
}

extension EntryView {
    /// The entries' `entryHTML` one after another, for a list layout to show in one tag
    /// (`{{{entriesHTML}}}`): each turn of a `{{#entries}}` section is slow in swift-mustache,
    /// and a pillar or section list of a large site has very many.
    static func joinedHTML(_ entries: [EntryView]) -> String {
        var html = ""
        html.reserveCapacity(entries.reduce(0) { $0 + $1.entryHTML.utf8.count })
        for entry in entries { html += entry.entryHTML }
        return html
    }
}

public struct EntryGroup: Sendable, Equatable {
    var label: String
    var entries: [EntryView]
    /// Every entry's `entryHTML`, joined.
    var entriesHTML: String

    init(label: String, entries: [EntryView]) {
        self.label = label
        self.entries = entries
        entriesHTML = EntryView.joinedHTML(entries)
    }
}

public struct PillarCard: Sendable, Equatable {
    var title: String
    var href: String
    var summary: String?
    var count: Int
    var kinds: [KindCount]
}

public struct KindCount: Sendable, Equatable {
    var label: String
    var count: Int
}
