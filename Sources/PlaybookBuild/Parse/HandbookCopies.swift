import PlaybookHandbook
import PlaybookMarkdown
import PlaybookModel
import PlaybookSupport

/// What the parse stage needs to render each handbook page again, for each handbook that
/// shows it, from the tree it converted for the page itself (`SecondRendering`), rather than the handbook converting
/// every page again later: each handbook page's anchor, per language, and the temporary file
/// the copies wait in until the handbook is written.
///
/// The anchors are made before parsing, from the pages' front matter (`HandbookContents`);
/// each page carries its own in its `HandbookCopy`, which is where the handbook takes it from.
struct HandbookCopies: Sendable {
    /// Language → page → anchor (`articles-listen`).
    let ids: [String: [PageAddress: String]]
    let spill: SpillFile

    /// How `page` is rendered for each handbook that shows it, with its anchor there: its own
    /// language's and, for a page of the default language, each other language's that has no
    /// translation of it.
    func renderings(of page: SourcePage, resolver: LinkResolver, defaultLanguage: String) -> [(language: String, id: String, rendering: SecondRendering)] {
        ids.keys.sorted().compactMap { language in
            guard let bookIds = ids[language], let id = bookIds[page.address] else { return nil }
            let folder = HandbookContents.folder(root: SitePath.languageRoot(language, defaultLanguage: defaultLanguage))
            return (language, id, SecondRendering(variant: RenderVariant(idPrefix: id + "--", headingLevelOffset: 2)) { link in
                switch resolver.resolve(link.destination, from: page, folder: folder) {
                case .sameDocument(let fragment):
                    return .replace(HandbookContents.anchor(id, fragment))
                case .page(let address, let fragment, let href):
                    return .replace(Self.anchor(of: address, fragment: fragment, in: bookIds, language: language) ?? href)
                case .asset(let href):
                    return .replace(href)
                case .external, .problem:
                    return .keep
                }
            })
        }
    }

    /// Where a link to `address` lands inside a handbook: the page itself when the book shows
    /// it; else, from an untranslated page, its translation into the book's language (at its
    /// top: the translation's headings have other anchors); nil when the book has neither.
    private static func anchor(of address: PageAddress, fragment: String?, in bookIds: [PageAddress: String], language: String) -> String? {
        if let id = bookIds[address] { return HandbookContents.anchor(id, fragment) }
        return bookIds[PageAddress(key: address.key, language: language)].map { HandbookContents.anchor($0, nil) }
    }
}
