import PlaybookModel
import PlaybookSupport

/// What rendering one language needs at hand: its UI strings, its root, and the way to any
/// page from any folder.
public struct LanguageContext: Sendable {
    public let site: ResolvedSite
    public let language: LanguageSite
    /// The language's UI strings.
    public let t: [String: String]
    /// The folder of the language's root: `` or `zh/`.
    public let root: String
    let entries: EntryRenderer
    private let fragments: ChromeFragments
    /// The main navigation's entries, `(key, label, target)` with each target already encoded
    /// relative to the site root: every page's chrome adds only its way back to the root.
    private let navigation: [(key: String, label: String, target: String)]
    /// Each own page's place in its section's list (`language.sections`), for its siblings.
    let sectionPlaces: [PageAddress: Int]

    /// `entryMemo`: list entries rendered by an earlier build, to reuse (`EntryRenderer`).
    public init(site: ResolvedSite, language: LanguageSite, theme: Theme, entryMemo: Memo<EntryView, String>? = nil) {
        self.site = site
        self.language = language
        self.t = theme.strings(for: language.language)
        self.root = SitePath.languageRoot(language.language, defaultLanguage: site.config.defaultLanguage)
        entries = EntryRenderer(theme: theme, t: t, memo: entryMemo)
        let root = self.root, t = self.t
        fragments = ChromeFragments(theme: theme, t: t, languages: site.config.languages.map {
            Self.languageLink(code: $0, href: "", language: language.language, t: t)
        })
        let sections = PageKind.allCases.filter { $0 != .pillar }.map { ($0.folder, t["section_\($0.folder)"] ?? "section_\($0.folder)") }
        navigation = ([("pillars", t["nav_pillars"] ?? "nav_pillars")] + sections + [("tags", t["nav_tags"] ?? "nav_tags")]).map { key, label in
            (key, label, SitePath.encode(root + key + "/index.html"))
        }
        var places: [PageAddress: Int] = [:]
        for listed in language.sections.values {
            for (place, entry) in listed.enumerated() where !entry.isFallback { places[entry.page.address] = place }
        }
        sectionPlaces = places
    }

    var config: SiteConfig { site.config }

    /// playbook.yml's title; in another language, the title of that language's own home page
    /// (`index.zh.md`) when there is one, so the header speaks the page's language.
    var siteTitle: String {
        guard !language.isDefault, let home = language.home, home.source.language == language.language else { return config.title }
        return home.frontMatter.title
    }

    public func string(_ key: String) -> String { t[key] ?? key }

    func siblingList(title: String, items: [NavItem], more: NavItem? = nil) -> SiblingList {
        SiblingList(title: title, items: items, itemsHTML: fragments.siblingItemsHTML(items), more: more)
    }

    /// The note beside a page of the default language shown in this language, which has no
    /// translation of it: "English, not yet translated". Lists and the handbook show the same.
    public func untranslatedNote(for page: ParsedPage) -> String {
        "\(t["language_\(page.source.language)"] ?? page.source.language), \(string("fallback"))"
    }

    /// The source file at `sourcePath` (`content/articles/listen.md`) in the Git host's editor,
    /// each path segment percent-encoded; nil without an `editURL`.
    func editHref(sourcePath: String) -> String? {
        config.editURL.map { $0 + SitePath.encode(sourcePath) }
    }

    public func href(from folder: String, toFolder target: String) -> String {
        SitePath.relative(from: folder, to: target + "index.html")
    }

    func chrome(folder: String, title: String?, description: String?, current: String?,
                breadcrumbs: [NavItem], translationKey: String?) -> Chrome {
        let toRoot = SitePath.toRoot(from: folder)
        let nav = navigation.map { NavItem(label: $0.label, href: toRoot + $0.target, isCurrent: current == $0.key) }
        let languages = languageLinks(folder: folder, translationKey: translationKey)
        var chrome = Chrome(
            lang: language.language, siteTitle: siteTitle,
            documentTitle: title.map { "\($0) · \(siteTitle)" } ?? siteTitle,
            description: description ?? config.description, rootPath: toRoot,
            homeHref: href(from: folder, toFolder: root),
            stylesheetHref: toRoot + "theme/style.css", scriptHref: toRoot + "theme/playbook.js",
            nav: nav, navHTML: fragments.navHTML(nav, current: current, rootPath: toRoot),
            breadcrumbs: [NavItem(label: string("nav_home"), href: href(from: folder, toFolder: root), isCurrent: false)] + breadcrumbs,
            languages: languages, languagesHTML: fragments.languagesHTML(languages),
            hasLanguages: config.languages.count > 1, noindex: config.noindex, t: t)
        chrome.breadcrumbsHTML = fragments.breadcrumbsHTML(chrome.breadcrumbs)
        chrome.meta = pageMeta(folder: folder, title: title, description: description, translationKey: translationKey)
        chrome.headerHTML = fragments.headerHTML(HeaderChrome(
            lang: chrome.lang, siteTitle: chrome.siteTitle, rootPath: toRoot, homeHref: chrome.homeHref, searchHref: chrome.meta.searchHref,
            navHTML: chrome.navHTML, languagesHTML: chrome.languagesHTML, hasLanguages: chrome.hasLanguages, t: t), current: current)
        return chrome
    }

    /// The same page in every language, or that language's home where it has no translation.
    private func languageLinks(folder: String, translationKey: String?) -> [LanguageLink] {
        let available = translationKey.flatMap { language.translations[$0] } ?? []
        return config.languages.map { code in
            let target: String
            if let key = translationKey, available.contains(PageAddress(key: key, language: code)) {
                target = SitePath.folder(key: key, language: code, defaultLanguage: config.defaultLanguage)
            } else if translationKey == nil || translationKey == "index" {
                target = SitePath.languageRoot(code, defaultLanguage: config.defaultLanguage) + (folder.dropFirst(root.count))
            } else {
                target = SitePath.languageRoot(code, defaultLanguage: config.defaultLanguage)
            }
            return Self.languageLink(code: code, href: href(from: folder, toFolder: target), language: language.language, t: t)
        }
    }

    private static func languageLink(code: String, href: String, language: String, t: [String: String]) -> LanguageLink {
        LanguageLink(lang: code, label: t["language_\(code)"] ?? code, href: href, isCurrent: code == language)
    }

    func pillarBadges(_ pillars: [Pillar], from folder: String) -> [NavItem] {
        pillarBadges(pillars, rootPath: SitePath.toRoot(from: folder))
    }

    /// The pillars' badges, linked by `rootPath` (the way back to the site root) and their folder.
    private func pillarBadges(_ pillars: [Pillar], rootPath: String) -> [NavItem] {
        pillars.map { NavItem(label: string("pillar_\($0.rawValue)"), href: rootPath + SitePath.encode(root + "pillars/\($0.slug)/index.html"), isCurrent: false) }
    }

    func entry(_ listed: ListedPage, from folder: String) -> EntryView {
        entries.entry(for: listed, rootPath: SitePath.toRoot(from: folder)) { sharedEntry(listed) }
    }

    /// The page's entry with `EntryRenderer.rootMarker` where its links need the way back to the root.
    private func sharedEntry(_ listed: ListedPage) -> EntryView {
        let page = listed.page, front = page.frontMatter, rootPath = EntryRenderer.rootMarkerText
        return EntryView(
            title: front.title, href: rootPath + SitePath.encode(page.folder + "index.html"), summary: front.summary,
            kindLabel: page.source.kind.map { string("kind_\($0.rawValue)") } ?? "",
            pillars: pillarBadges(front.pillars, rootPath: rootPath),
            audience: front.audience.map { string("audience_\($0.rawValue)") },
            isFallback: listed.isFallback,
            fallbackLabel: listed.isFallback ? untranslatedNote(for: page) : nil,
            duration: front.duration, participants: front.participants)
    }
}
