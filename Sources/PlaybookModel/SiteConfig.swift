/// The site configuration, from `playbook.yml`.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var description: String = ""
    /// Absolute URL of the published site, ending in `/`; only feeds and sitemaps need it.
    public var baseURL: String?
    /// The first is the default language, published at the root; others under `/<code>/`.
    public var languages: [String] = ["en"]
    public var allowRawHTML: Bool = false
    public var noindex: Bool = false
    public var handbook: [PageKind] = PageKind.allCases
    /// `lint: avoid:`: the team's own phrases to avoid, beside the phrase libraries' (`playbook lint`).
    public var lintAvoid: [String] = []
    /// Where the playbook's files are edited in its Git host, ending in `/`: a page's source
    /// path (`content/articles/listen.md`) added to it opens that file's editor. Without it,
    /// pages have no edit link.
    public var editURL: String?

    public init(title: String) {
        self.title = title
    }

    public var defaultLanguage: String { languages[0] }

    public static let knownKeys = [
        "title", "description", "baseURL", "languages", "allowRawHTML", "noindex", "handbook", "editURL", "lint",
    ]
}
