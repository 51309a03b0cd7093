import PlaybookModel

/// Writes `robots.txt`: everything disallowed with `noindex: true`, else everything allowed,
/// with the sitemap's address when there is one. (Crawlers read it only at a host's root;
/// under a sub-path the `noindex` meta tag of every page still applies.)
enum RobotsWriter {
    static func robots(config: SiteConfig) -> String {
        var text = "User-agent: *\n" + (config.noindex ? "Disallow: /\n" : "Disallow:\n")
        if let baseURL = config.baseURL, !config.noindex { text += "Sitemap: \(baseURL)sitemap.xml\n" }
        return text
    }
}
