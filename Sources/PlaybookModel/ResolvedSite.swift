/// The whole site, cross-referenced: every language's pages, indexes and navigation.
public struct ResolvedSite: Sendable {
    public var config: SiteConfig
    public var languages: [LanguageSite]

    public init(config: SiteConfig, languages: [LanguageSite]) {
        self.config = config
        self.languages = languages
    }
}

/// A page as it appears in a language's indexes: its own, or the default language's when
/// it has not been translated.
public struct ListedPage: Sendable {
    public var page: ParsedPage
    /// True when `page` is in the default language, listed in another language's index.
    public var isFallback: Bool

    public init(page: ParsedPage, isFallback: Bool) {
        self.page = page
        self.isFallback = isFallback
    }
}

/// Everything published for one language.
public struct LanguageSite: Sendable {
    public var language: String
    public var isDefault: Bool
    /// The home page introduction, `content/index.md` (or its translation).
    public var home: ParsedPage?
    /// The pages written in this language, which it publishes.
    public var pages: [ParsedPage]
    /// Per section, in section order: own pages and fallbacks, sorted by `order` then title.
    public var sections: [PageKind: [ListedPage]]
    /// The introduction of each pillar (own or fallback).
    public var pillarIntroductions: [Pillar: ListedPage]
    /// Every non-pillar page that lists a pillar.
    public var pillarMembers: [Pillar: [ListedPage]]
    /// Tags sorted by name, each with its pages.
    public var tags: [TagIndex]
    /// Most recent pages by `updated`, then `date`.
    public var recent: [ListedPage]
    /// The previous and next page within each page's section.
    public var neighbours: [PageAddress: Neighbours]
    /// The other languages' versions of each page.
    public var translations: [String: [PageAddress]]
    /// This language's pages whose source changed since they were translated, when the build
    /// shows them (`build --drafts`, `serve`).
    public var outdatedTranslations: Set<PageAddress> = []

    public init(language: String, isDefault: Bool, home: ParsedPage?, pages: [ParsedPage], sections: [PageKind: [ListedPage]],
                pillarIntroductions: [Pillar: ListedPage], pillarMembers: [Pillar: [ListedPage]], tags: [TagIndex],
                recent: [ListedPage], neighbours: [PageAddress: Neighbours], translations: [String: [PageAddress]]) {
        self.language = language
        self.isDefault = isDefault
        self.home = home
        self.pages = pages
        self.sections = sections
        self.pillarIntroductions = pillarIntroductions
        self.pillarMembers = pillarMembers
        self.tags = tags
        self.recent = recent
        self.neighbours = neighbours
        self.translations = translations
    }
}

public struct TagIndex: Sendable {
    public var name: String
    public var slug: String
    public var pages: [ListedPage]

    public init(name: String, slug: String, pages: [ListedPage]) {
        self.name = name
        self.slug = slug
        self.pages = pages
    }
}

public struct Neighbours: Sendable {
    public var previous: ParsedPage?
    public var next: ParsedPage?

    public init(previous: ParsedPage?, next: ParsedPage?) {
        self.previous = previous
        self.next = next
    }
}
