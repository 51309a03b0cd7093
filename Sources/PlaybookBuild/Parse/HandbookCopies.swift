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
    /// translation of it. The resolver's recorder also notes which handbooks exist and every
    /// anchor looked up, for the build cache.
    func renderings(of page: SourcePage, resolver: LinkResolver, defaultLanguage: String) -> [(language: String, id: String, rendering: SecondRendering)] {
        let recorder = resolver.recorder
        let languages = ids.keys.sorted()
        recorder?.note(.handbookLanguages, languages.joined(separator: " "))
        return languages.compactMap { language in
            guard let id = lookUp(page.address, in: language, recorder: recorder) else { return nil }
            let folder = HandbookContents.folder(root: SitePath.languageRoot(language, defaultLanguage: defaultLanguage))
            return (language, id, SecondRendering(variant: RenderVariant(idPrefix: id + "--", headingLevelOffset: 2)) { link in
                switch resolver.resolve(link.destination, from: page, folder: folder) {
                case .sameDocument(let fragment):
                    return .replace(HandbookContents.anchor(id, fragment))
                case .page(let address, let fragment, let href):
                    return .replace(anchor(of: address, fragment: fragment, language: language, recorder: recorder) ?? href)
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
    private func anchor(of address: PageAddress, fragment: String?, language: String, recorder: ParseRecorder?) -> String? {
        if let id = lookUp(address, in: language, recorder: recorder) { return HandbookContents.anchor(id, fragment) }
        return lookUp(PageAddress(key: address.key, language: language), in: language, recorder: recorder).map { HandbookContents.anchor($0, nil) }
    }

    /// A page's anchor in a language's handbook, nil when that handbook does not show it.
    func lookUp(_ address: PageAddress, in language: String, recorder: ParseRecorder? = nil) -> String? {
        let id = ids[language]?[address]
        recorder?.note(.handbookId(language: language, page: address), Self.recorded(id))
        return id
    }

    static func recorded(_ id: String?) -> String { id.map { "=" + $0 } ?? "none" }
}
