import PlaybookMarkdown
import PlaybookModel
import PlaybookSupport

/// Stage 3: the site-wide work. Checks links and translations, then builds each language's
/// indexes (sections, pillars, tags, recent pages) and navigation. A pure function of the
/// parsed pages and the configuration.
enum SiteResolver {
    static let recentCount = 6

    /// The site, the links to missing anchors (`LinkChecker`), and the other problems found.
    /// Each language's site and the link check read the pages and nothing else, so each is made
    /// on a core of its own.
    static func resolve(_ pages: [ParsedPage], config: SiteConfig) -> (site: ResolvedSite, brokenLinks: [Diagnostic], diagnostics: [Diagnostic]) {
        let parts = Array(-1..<config.languages.count).concurrentMap { part -> Part in
            part < 0 ? .brokenLinks(LinkChecker.check(pages)) : .language(languageSite(config.languages[part], pages: pages, config: config))
        }
        var languages: [LanguageSite] = []
        var brokenLinks: [Diagnostic] = []
        for part in parts {
            switch part {
            case .brokenLinks(let found): brokenLinks = found
            case .language(let site): languages.append(site)
            }
        }
        return (ResolvedSite(config: config, languages: languages), brokenLinks, untranslatedSources(pages, config: config))
    }

    /// One of `resolve`'s pieces of work.
    private enum Part: Sendable {
        case brokenLinks([Diagnostic])
        case language(LanguageSite)
    }

    /// A translation must translate something: `x.zh.md` needs `x.md`.
    static func untranslatedSources(_ pages: [ParsedPage], config: SiteConfig) -> [Diagnostic] {
        let defaults = Set(pages.filter { $0.source.language == config.defaultLanguage }.map(\.source.key))
        return pages.filter { $0.source.language != config.defaultLanguage && !defaults.contains($0.source.key) }.map {
            let original = $0.source.sourcePath.replacingLanguageSuffix($0.source.language)
            return Diagnostic.error("translation without a source: '\(original)' does not exist",
                                    at: SourceLocation(file: $0.source.sourcePath, line: 1, column: 1))
        }
    }

    static func languageSite(_ language: String, pages: [ParsedPage], config: SiteConfig) -> LanguageSite {
        let isDefault = language == config.defaultLanguage
        let own = pages.filter { $0.source.language == language }
        let ownKeys = Set(own.map(\.source.key))
        let fallbacks = isDefault ? [] : pages.filter { $0.source.language == config.defaultLanguage && !ownKeys.contains($0.source.key) }
        var listed = (own.map { ListedPage(page: $0, isFallback: false) } + fallbacks.map { ListedPage(page: $0, isFallback: true) })
            .filter { $0.page.source.kind != nil }
        listed = sortedInSection(listed)

        var sections: [PageKind: [ListedPage]] = [:]
        for entry in listed { sections[entry.page.source.kind!, default: []].append(entry) }

        var introductions: [Pillar: ListedPage] = [:]
        var members: [Pillar: [ListedPage]] = [:]
        for entry in listed {
            if entry.page.source.kind == .pillar, let pillar = Pillar(rawValue: entry.page.source.slug) {
                introductions[pillar] = entry
                continue
            }
            for pillar in entry.page.frontMatter.pillars { members[pillar, default: []].append(entry) }
        }

        // Tags that differ only in case or punctuation share a slug, so they share one page.
        var tagged: [String: TagIndex] = [:]
        for entry in listed {
            let names = entry.page.frontMatter.tags
            let slugs = names.map(HeadingSlugger.slug)
            for tag in Set(slugs) {
                let name = names[slugs.firstIndex(of: tag)!]
                tagged[tag, default: TagIndex(name: name, slug: tag, pages: [])].pages.append(entry)
            }
        }
        let tags = tagged.values.sorted { $0.slug < $1.slug }

        var neighbours: [PageAddress: Neighbours] = [:]
        for kind in PageKind.allCases {
            let sequence = (sections[kind] ?? []).filter { !$0.isFallback }.map(\.page)
            for (index, page) in sequence.enumerated() {
                neighbours[page.address] = Neighbours(previous: index > 0 ? sequence[index - 1] : nil,
                                                      next: index + 1 < sequence.count ? sequence[index + 1] : nil)
            }
        }

        var translations: [String: [PageAddress]] = [:]
        for page in pages { translations[page.source.key, default: []].append(page.address) }

        return LanguageSite(
            language: language, isDefault: isDefault,
            home: own.first { $0.source.kind == nil } ?? fallbacks.first { $0.source.kind == nil },
            pages: own, sections: sections, pillarIntroductions: introductions, pillarMembers: members,
            tags: tags, recent: recent(listed),
            neighbours: neighbours, translations: translations)
    }
}

extension SiteResolver {
    /// `pages` in `PageOrder.inSection`'s order, each page's key made once (`SectionKey`).
    static func sortedInSection(_ pages: [ListedPage]) -> [ListedPage] {
        let keys = pages.map { PageOrder.SectionKey($0.page.source) }
        return pages.indices.sorted { keys[$0] < keys[$1] }.map { pages[$0] }
    }

    /// The `recentCount` newest of `listed` (in section order) but the pillar pages, in
    /// `PageOrder.recentFirst`'s order: ties in date fall back to the section order, which is
    /// the pages' place in `listed`.
    static func recent(_ listed: [ListedPage]) -> [ListedPage] {
        let dated = listed.indices.filter { listed[$0].page.source.kind != .pillar }.map { index in
            (index: index, date: listed[index].page.frontMatter.updated ?? listed[index].page.frontMatter.date)
        }
        let newest = dated.sorted { a, b in
            if a.date != b.date {
                guard let da = a.date else { return false }
                guard let db = b.date else { return true }
                return da > db
            }
            return a.index < b.index
        }
        return newest.prefix(recentCount).map { listed[$0.index] }
    }
}

extension String {
    /// `content/a/x.zh.md` → `content/a/x.md`.
    func replacingLanguageSuffix(_ language: String) -> String {
        hasSuffix(".\(language).md") ? String(dropLast(language.count + 4)) + ".md" : self
    }
}
