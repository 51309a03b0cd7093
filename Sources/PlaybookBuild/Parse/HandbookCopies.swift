import PlaybookHandbook
import PlaybookMarkdown
import PlaybookModel
import PlaybookSupport

/// What the parse stage needs to render each handbook page a second time from the tree it
/// converted for the page itself (`SecondRendering`), rather than the handbook converting
/// every page again later: each handbook page's anchor, per language, and the temporary file
/// the copies wait in until the handbook is written.
///
/// The anchors are made before parsing, from the pages' front matter (`HandbookContents`);
/// each page carries its own in its `HandbookCopy`, which is where the handbook takes it from.
struct HandbookCopies: Sendable {
    /// Language → page → anchor (`articles-listen`).
    let ids: [String: [PageAddress: String]]
    let spill: SpillFile

    /// `page`'s anchor and how it is rendered for its language's handbook, or nil when it is
    /// not in one.
    func rendering(of page: SourcePage, resolver: LinkResolver, defaultLanguage: String) -> (id: String, rendering: SecondRendering)? {
        guard let bookIds = ids[page.language], let id = bookIds[page.address] else { return nil }
        let folder = HandbookContents.folder(root: SitePath.languageRoot(page.language, defaultLanguage: defaultLanguage))
        return (id, SecondRendering(variant: RenderVariant(idPrefix: id + "--", headingLevelOffset: 2)) { link in
            switch resolver.resolve(link.destination, from: page, folder: folder) {
            case .sameDocument(let fragment):
                return .replace(HandbookContents.anchor(id, fragment))
            case .page(let address, let fragment, let href):
                return .replace(bookIds[address].map { HandbookContents.anchor($0, fragment) } ?? href)
            case .asset(let href):
                return .replace(href)
            case .external, .problem:
                return .keep
            }
        })
    }
}
