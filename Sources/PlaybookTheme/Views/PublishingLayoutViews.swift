/// `layouts/search`: the search page of a language.
public struct SearchView: Sendable, Equatable {
    var chrome: Chrome
    var title: String
    /// `../search-index.js`, which sets `window.PLAYBOOK_SEARCH` (a script, not a fetch, so
    /// it loads from `file://` too).
    var indexScriptHref: String
    var searchScriptHref: String
    /// Leads from the search page to the language root, which result URLs are relative to.
    var resultPrefix: String
}

/// `layouts/notfound`: `404.html` at a language's root.
public struct NotFoundView: Sendable, Equatable {
    var chrome: Chrome
    var title: String
    var message: String
    /// The absolute URL of the language root, when the site has a `baseURL`.
    var baseHref: String?
    /// `` or `zh/`: where this 404 page sits below the site root.
    var languageRoot: String
    /// The site's top folders, space-separated, by which the page finds the site root in a URL.
    var topFolders: String
    /// Absolute with a `baseURL`, so that it works without JavaScript too.
    var homeHref: String
}
