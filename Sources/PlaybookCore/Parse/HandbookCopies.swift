import PlaybookMarkdown

/// What the parse stage needs to render each handbook page a second time from the tree it
/// converted for the page itself (`SecondRendering`), rather than the handbook converting
/// every page again later: each handbook page's anchor, per language, and the temporary file
/// the copies wait in until the handbook is written.
///
/// The anchors are made here, before parsing, from the pages' front matter, in the order the
/// resolve stage will give the handbook's chapters (`PageOrder.inSection`), by the same
/// `HandbookBuilder.pageIds`; so they are the ones the handbook's contents list links to.
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
            ids[language] = HandbookBuilder.pageIds(book)
        }
        self.ids = ids
        self.spill = spill
    }

    /// How `page` is rendered for its language's handbook, or nil when it is not in one.
    func rendering(of page: SourcePage, resolver: LinkResolver, defaultLanguage: String) -> SecondRendering? {
        guard let bookIds = ids[page.language], let id = bookIds[page.address] else { return nil }
        let folder = HandbookBuilder.folder(root: SitePath.languageRoot(page.language, defaultLanguage: defaultLanguage))
        return SecondRendering(variant: RenderVariant(idPrefix: id + "--", headingLevelOffset: 2)) { link in
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
        }
    }
}
