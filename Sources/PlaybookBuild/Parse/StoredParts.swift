import Foundation
import PlaybookModel
import PlaybookSupport
import Synchronization

/// The parts of a page taken from its build cache entry that only some builds read (its HTML,
/// its handbook copies), read from the entry each time they are asked for: a build after a
/// body edit keeps the other pages' files and handbook articles, so reads none of them. A page
/// converted and saved this build has its HTML read back from its new entry the same way, so
/// that a build converting every page does not hold every page's HTML.
///
/// Should the entry no longer read back (damaged or removed since the parse stage read its
/// outline), the page is converted again from its file, which gives the same parts since the
/// file's digest and the conversion's answers are those the entry was taken for, and its entry
/// is saved again. Should that fail too (the file changed since it was loaded, or cannot be
/// read), the page is lost (`LostPages`): the HTML is empty and the build fails before
/// the site is written.
final class StoredParts: Sendable {
    private let parser: PageParser
    private let stored: PageParser.Stored
    /// Without its body.
    private let page: SourcePage
    /// The digest of the page file's bytes the entry was taken for.
    private let source: String
    private let entry: String
    private let handbookIds: [(language: String, id: String)]
    /// The parts of the page converted again, once its entry failed.
    private let converted = Mutex<[CachedPage.Part: String]?>(nil)

    init(parser: PageParser, stored: PageParser.Stored, page: SourcePage, source: String, entry: String,
         handbookIds: [(language: String, id: String)]) {
        self.parser = parser
        self.stored = stored
        self.page = page
        self.source = source
        self.entry = entry
        self.handbookIds = handbookIds
    }

    struct Lost: LocalizedError {
        var sourcePath: String
        var errorDescription: String? { "\(sourcePath): its conversion could not be read back from the build cache" }
    }

    func html() -> String {
        text(.html) ?? ""
    }

    func handbookCopy(_ index: Int) throws -> String {
        guard let text = text(.handbook(index)) else { throw Lost(sourcePath: page.sourcePath) }
        return text
    }

    private func text(_ part: CachedPage.Part) -> String? {
        if let parts = converted.withLock({ $0 }) { return parts[part] }
        if let text = stored.store.part(part, ofEntry: entry) { return text }
        return convertedAgain()[part]
    }

    /// The page's parts from a new conversion (made once), empty when the page is lost.
    private func convertedAgain() -> [CachedPage.Part: String] {
        converted.withLock { parts in
            if parts == nil { parts = convert() }
            if parts!.isEmpty { stored.store.lostPages.lose(page.sourcePath) }
            return parts!
        }
    }

    private func convert() -> [CachedPage.Part: String] {
        let read = stored.loader.reading(page)
        guard read.digest == source, read.diagnostics.isEmpty else { return [:] }
        let recorder = ParseRecorder()
        var copies: [(language: String, id: String, html: String)] = []
        let (parsed, diagnostics) = parser.parse(read.page, recorder: recorder) { copies = $0 }
        guard diagnostics.isEmpty, copies.map(\.language) == handbookIds.map(\.language), copies.map(\.id) == handbookIds.map(\.id)
        else { return [:] }
        stored.store.save(CachedPage(parsed, handbookHTML: copies, dependencies: recorder.dependencies), named: entry)
        var parts: [CachedPage.Part: String] = [.html: parsed.html]
        for (index, copy) in copies.enumerated() { parts[.handbook(index)] = copy.html }
        return parts
    }
}
