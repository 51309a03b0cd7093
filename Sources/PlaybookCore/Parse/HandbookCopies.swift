import PlaybookMarkdown

/// What the parse stage needs to render each handbook page a second time from the tree it
/// converted for the page itself (`SecondRendering`), rather than the handbook converting
/// every page again later: each handbook page's anchor, per language, and the temporary file
/// the copies wait in until the handbook is written.
///
/// The anchors are made here, before parsing, from the pages' front matter, in the order the
/// resolve stage gives the handbook's chapters (`PageOrder.inSection`); each page carries its
/// own in its `HandbookCopy`, which is where the handbook takes it from.
struct HandbookCopies: Sendable {
    /// Language → page → anchor (`articles-listen`).
    let ids: [String: [PageAddress: String]]
    let spill: SpillFile

    init(pages: [SourcePage], config: SiteConfig, spill: SpillFile) {
        var ids: [String: [PageAddress: String]] = [:]
        for language in config.languages {
            var seen: Set<PageKind> = []
            let book = config.handbook.filter { seen.insert($0).inserted }.flatMap { kind in
                pages.filter { $0.language == language && $0.kind == kind && !$0.frontMatter.draft }.sorted(by: PageOrder.inSection)
            }
            ids[language] = Self.pageIds(book)
        }
        self.ids = ids
        self.spill = spill
    }

    /// Each page's anchor: its key as a slug (`articles/listen` → `articles-listen`), made
    /// unique. Slugs never hold `--`, so `<page id>--<heading id>` cannot collide either.
    private static func pageIds(_ pages: [SourcePage]) -> [PageAddress: String] {
        var slugger = HeadingSlugger()
        var ids: [PageAddress: String] = [:]
        for page in pages { ids[page.address] = slugger.uniqueSlug(for: page.key.replacing("/", with: " ")) }
        return ids
    }

    /// `page`'s anchor and how it is rendered for its language's handbook, or nil when it is
    /// not in one.
    func rendering(of page: SourcePage, resolver: LinkResolver, defaultLanguage: String) -> (id: String, rendering: SecondRendering)? {
        guard let bookIds = ids[page.language], let id = bookIds[page.address] else { return nil }
        let folder = HandbookBuilder.folder(root: SitePath.languageRoot(page.language, defaultLanguage: defaultLanguage))
        return (id, SecondRendering(variant: RenderVariant(idPrefix: id + "--", headingLevelOffset: 2)) { link in
            switch resolver.resolve(link.destination, from: page, folder: folder) {
            case .sameDocument(let fragment):
                return .replace(HandbookBuilder.anchor(id, fragment))
            case .page(let address, let fragment, let href):
                return .replace(bookIds[address].map { HandbookBuilder.anchor($0, fragment) } ?? href)
            case .asset(let href):
                return .replace(href)
            case .external, .problem:
                return .keep
            }
        })
    }
}

/// A page as its language's handbook shows it: its anchor there (`articles-listen`), and its
/// content with every id prefixed by it, waiting in the build's `SpillFile`.
struct HandbookCopy: Sendable, Hashable {
    let id: String
    let html: SpilledText
}
