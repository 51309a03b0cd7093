import PlaybookMarkdown
import PlaybookModel

/// Where each page sits in its language's handbook: its anchor, and the anchors of what it
/// links to. Known from the pages' front matter alone, so the parse stage can render each
/// page's handbook copy from the page's own conversion.
public enum HandbookContents {
    /// Language → page → anchor (`articles-listen`), for the pages of each language's handbook:
    /// the sections of `handbook:` in playbook.yml, each once, in section order, drafts left out.
    /// A handbook holds every page: its language's own, and each page of the default language
    /// not translated into it, as the language's indexes list them. Each page's anchor is its
    /// key as a slug (`articles/listen` → `articles-listen`), made unique in the book. Slugs
    /// never hold `--`, so `<page id>--<heading id>` cannot collide either.
    public static func pageIds(of pages: [SourcePage], config: SiteConfig) -> [String: [PageAddress: String]] {
        var ids: [String: [PageAddress: String]] = [:]
        var seen: Set<PageKind> = []
        let sections = config.handbook.filter { seen.insert($0).inserted }
        let keys = pages.map(PageOrder.SectionKey.init)
        // Pages are looked at by index, never copied (a copy retains each of their fields),
        // and each key's slug is made once for all languages.
        var slugs: [String: String] = [:]
        for language in config.languages {
            var translated = Set<String>()
            for index in pages.indices where pages[index].language == language { translated.insert(pages[index].key) }
            let shown = pages.indices.filter { index in
                !pages[index].frontMatter.draft
                    && (pages[index].language == language
                        || (pages[index].language == config.defaultLanguage && !translated.contains(pages[index].key)))
            }
            let book = sections.flatMap { kind in shown.filter { pages[$0].kind == kind }.sorted { keys[$0] < keys[$1] } }
            var slugger = HeadingSlugger()
            var bookIds: [PageAddress: String] = [:]
            for index in book {
                let key = pages[index].key
                let base = slugs[key] ?? HeadingSlugger.slug(key.split(separator: "/", omittingEmptySubsequences: false).joined(separator: " "))
                slugs[key] = base
                bookIds[pages[index].address] = slugger.uniqueSlug(reserving: base)
            }
            ids[language] = bookIds
        }
        return ids
    }

    /// `handbook/` or `zh/handbook/`.
    public static func folder(root: String) -> String { root + "handbook/" }

    /// `#articles-listen` for a page, `#articles-listen--recall` for a heading in it.
    public static func anchor(_ pageId: String, _ fragment: String?) -> String {
        guard let fragment, !fragment.isEmpty else { return "#\(pageId)" }
        return "#\(pageId)--\(fragment)"
    }
}
