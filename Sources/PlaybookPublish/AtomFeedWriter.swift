import PlaybookModel

/// Writes a language's `feed.xml`: an Atom feed of its most recent dated pages.
///
/// Atom needs absolute ids and links, so a feed is written only when the site has a
/// `baseURL` (from playbook.yml or `--base-url`).
enum AtomFeedWriter {
    static let entryCount = 20

    static func feed(_ language: LanguageSite, config: SiteConfig, baseURL: String) -> String {
        let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
        let pages = language.pages.map { ListedPage(page: $0, isFallback: false) }
            .filter { $0.page.source.kind != nil && ($0.page.frontMatter.updated ?? $0.page.frontMatter.date) != nil }
            .sorted(by: PageOrder.recentFirst).prefix(entryCount).map(\.page)
        let newest = pages.compactMap { $0.frontMatter.updated ?? $0.frontMatter.date }.max()
        var xml = XMLWriter()
        xml.start("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": language.language])
        xml.element("title", text: config.title)
        if !config.description.isEmpty { xml.element("subtitle", text: config.description) }
        xml.element("id", text: baseURL + SitePath.encode(root))
        xml.element("link", ["rel": "self", "type": "application/atom+xml", "href": baseURL + SitePath.encode(root + "feed.xml")])
        xml.element("link", ["rel": "alternate", "type": "text/html", "href": baseURL + SitePath.encode(root)])
        xml.element("updated", text: timestamp(newest))
        xml.start("author")
        xml.element("name", text: config.title)
        xml.end()
        xml.element("generator", text: "Playbook")
        for page in pages {
            let front = page.frontMatter
            let url = baseURL + SitePath.encode(page.folder)
            xml.start("entry")
            xml.element("title", text: front.title)
            xml.element("id", text: url)
            xml.element("link", ["rel": "alternate", "type": "text/html", "href": url])
            xml.element("updated", text: timestamp(front.updated ?? front.date))
            if let date = front.date { xml.element("published", text: timestamp(date)) }
            if let summary = front.summary { xml.element("summary", text: summary) }
            if let kind = page.source.kind { xml.element("category", ["term": kind.rawValue]) }
            xml.end()
        }
        xml.end()
        return xml.text
    }

    /// A date as an RFC 3339 timestamp at midnight UTC; a feed without dated pages uses the epoch.
    static func timestamp(_ date: PageDate?) -> String {
        "\(date?.description ?? "1970-01-01")T00:00:00Z"
    }
}
