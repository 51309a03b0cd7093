import PlaybookHandbook
import PlaybookModel
import PlaybookSupport

/// What every page's place says before any page is parsed: the URLs claimed twice, where each
/// translation stands, and, when the handbook is made, each page's anchor in its language's
/// handbook. The anchors are worked out on a core of their own beside the rest: neither reads
/// what the other makes.
struct PagePlaces: Sendable {
    var duplicates: [Diagnostic]
    var translations: TranslationStatus
    var handbookIds: [String: [PageAddress: String]]?

    init(pages: [SourcePage], assets: [String], config: SiteConfig, makingHandbook: Bool) {
        let parts = Array(0..<(makingHandbook ? 2 : 1)).concurrentMap { part -> Part in
            guard part == 0 else { return .handbookIds(HandbookContents.pageIds(of: pages, config: config)) }
            return .places(URLMap.duplicates(in: pages, assets: assets, defaultLanguage: config.defaultLanguage),
                           TranslationStatus(pages: pages, config: config))
        }
        guard case .places(let duplicates, let translations) = parts[0] else { preconditionFailure("the places come first") }
        self.duplicates = duplicates
        self.translations = translations
        if parts.count > 1, case .handbookIds(let ids) = parts[1] { handbookIds = ids }
    }

    private enum Part: Sendable {
        case places([Diagnostic], TranslationStatus)
        case handbookIds([String: [PageAddress: String]])
    }
}
