/// `layouts/search`: the search page of a language (`theme/search.js`, which every page
/// loads, finds the index beside it, by the header's search form).
public struct SearchView: Sendable, Equatable {
    var chrome: Chrome
    var title: String
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
