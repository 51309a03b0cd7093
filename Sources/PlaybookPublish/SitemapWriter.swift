import PlaybookModel

/// Writes `sitemap.xml` at the site root: every HTML page of every language (not the search
/// page or 404), with `hreflang` alternates for the same page in the other languages.
///
/// Sitemaps need absolute URLs, so it is written only when the site has a `baseURL`.
enum SitemapWriter {
    /// `pages` are output paths ending in `index.html`; `lastModified` the date of content pages.
    static func sitemap(pages: [String], lastModified: [String: PageDate], config: SiteConfig, baseURL: String) -> String {
        let roots = config.languages.map { ($0, SitePath.languageRoot($0, defaultLanguage: config.defaultLanguage)) }
        /// The language of a path and the path within its language root.
        func split(_ path: String) -> (language: String, key: String) {
            for (code, root) in roots where !root.isEmpty && path.hasPrefix(root) { return (code, String(path.dropFirst(root.count))) }
            return (config.defaultLanguage, path)
        }
        var alternates: [String: [(language: String, path: String)]] = [:]
        for path in pages {
            let (language, key) = split(path)
            alternates[key, default: []].append((language, path))
        }
        func url(_ path: String) -> String { baseURL + SitePath.encode(String(path.dropLast("index.html".count))) }

        var xml = XMLWriter()
        xml.start("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:xhtml": "http://www.w3.org/1999/xhtml"])
        for path in pages {
            xml.start("url")
            xml.element("loc", text: url(path))
            if let date = lastModified[path] { xml.element("lastmod", text: date.description) }
            let group = alternates[split(path).key] ?? []
            if group.count > 1 {
                for alternate in group {
                    xml.element("xhtml:link", ["rel": "alternate", "hreflang": alternate.language, "href": url(alternate.path)])
                }
            }
            xml.end()
        }
        xml.end()
        return xml.text
    }
}
