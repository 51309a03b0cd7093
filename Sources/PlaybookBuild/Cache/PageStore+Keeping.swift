import Foundation
import PlaybookModel
import PlaybookTheme

extension PageStore {
    /// The output paths of the files this build keeps as the last one left them (`KeptPages`),
    /// among `files` (`PageRenderer.outlineFiles`: each with the pages it shows); notes the
    /// site's outline and each file's entry for the record `commit()` leaves: for a file showing
    /// one page, that page's entry; for more, the digest of theirs. A file showing a page that
    /// has no entry is neither kept nor recorded; one showing a page converted this build is
    /// recorded but not kept. `listing` is the output as this build found it (nil when there is
    /// none, so nothing can be kept).
    func keptFiles(_ files: [(path: String, showing: [ParsedPage])], of site: ResolvedSite, theme: Theme, assets: [String],
                   output: URL, listing: OutputListing?) -> Set<String> {
        let known = pageOutlines.withLock { $0 }
        let outline = KeptPages.outline(of: site, theme: theme, assets: assets, context: context) { known[$0.source.sourcePath] }
        let entries = self.entries
        let candidates = files.compactMap { file -> (path: String, entry: String, hit: Bool)? in
            var names: [String] = [], hit = true
            for page in file.showing {
                guard let entry = entries[page.source.sourcePath] else { return nil }
                names.append(entry.name)
                hit = hit && entry.hit
            }
            let entry = switch names.count {
            case 0: KeptPages.noPage
            case 1: names[0]
            default: ContentDigest(names.joined(separator: " ")).description
            }
            return (file.path, entry, hit)
        }
        handbooks.start(outline: outline, entries: entries, folder: folder, output: output)
        let kept = listing.flatMap { listing in
            KeptPages.load(from: folder)?.keepable(candidates.filter(\.hit).map { (path: $0.path, entry: $0.entry) }, outline: outline, listing: listing)
        } ?? [:]
        keepableFiles.withLock { $0 = (outline, candidates.map { (path: $0.path, entry: $0.entry) }, kept) }
        return Set(kept.keys)
    }
}
