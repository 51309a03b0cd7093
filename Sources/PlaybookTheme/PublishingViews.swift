import PlaybookModel
import PlaybookSupport

/// Builds the publishing parts of every page's frame, and the search and 404 pages.
extension LanguageContext {
    func pageMeta(folder: String, title: String?, description: String?, translationKey: String?) -> PageMeta {
        // A content page's key is `<kind folder>/<slug>`; indexes have no key or `tags/…`.
        let isContent = translationKey.map { key in key.contains("/") && PageKind(folder: String(key.prefix { $0 != "/" })) != nil } ?? false
        return PageMeta(
            searchHref: href(from: folder, toFolder: root + "search/"),
            feedHref: config.baseURL == nil ? nil : SitePath.relative(from: folder, to: root + "feed.xml"),
            ogTitle: title ?? config.title, ogDescription: description ?? config.description,
            ogType: isContent ? "article" : "website",
            ogURL: config.baseURL.map { $0 + SitePath.encode(folder) })
    }

    public func searchView() -> SearchView {
        let folder = root + "search/"
        let title = string("search_title")
        return SearchView(
            chrome: chrome(folder: folder, title: title, description: nil, current: nil, breadcrumbs: [], translationKey: nil),
            title: title)
    }

    /// The 404 page of a language: its links are relative to its own place in the site; a
    /// small script in it sets `<base>` when a server shows it from another URL (see the
    /// template). With a `baseURL` the home link is absolute, so it works without JavaScript.
    public func notFoundView() -> NotFoundView {
        let folder = root
        var chrome = chrome(folder: folder, title: string("not_found_title"), description: nil, current: nil, breadcrumbs: [], translationKey: nil)
        chrome.meta.ogURL = nil
        let baseHref = config.baseURL.map { $0 + SitePath.encode(root) }
        let folders = config.languages.filter { $0 != config.defaultLanguage } + PageKind.allCases.map(\.folder)
            + ["tags", "search", "theme", "assets", "handbook"]
        return NotFoundView(
            chrome: chrome, title: string("not_found_title"), message: string("not_found_message"),
            baseHref: baseHref, languageRoot: root, topFolders: folders.joined(separator: " "),
            homeHref: baseHref.map { $0 + "index.html" } ?? chrome.homeHref)
    }
}
