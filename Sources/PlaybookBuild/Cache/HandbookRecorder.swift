import Foundation
import PlaybookHandbook
import PlaybookModel
import PlaybookTheme
import Synchronization

/// A build's side of the `HandbookRecord`: makes each handbook's job from what the last
/// build recorded, and records what this build wrote once the site is (`PageStore.commit`).
final class HandbookRecorder: Sendable {
    private struct Build {
        var outline: String
        var entries: [String: (name: String, hit: Bool)]
        var last: HandbookRecord?
        var output: URL
    }

    private let build = Mutex<Build?>(nil)
    private let books = Mutex<[(path: String, entries: [String], layout: HandbookLayout)]>([])

    /// Called once the site's outline and each page's entry are known (`PageStore.keptPages`).
    func start(outline: String, entries: [String: (name: String, hit: Bool)], folder: URL, output: URL) {
        build.withLock { $0 = Build(outline: outline, entries: entries, last: HandbookRecord.load(from: folder), output: output) }
    }

    /// The job of the context's handbook: copying what it can of the last build's file.
    func job(_ builder: HandbookBuilder, for context: LanguageContext) -> RenderJob {
        guard let build = build.withLock({ $0 }) else { return builder.job(for: context) }
        let path = HandbookContents.folder(root: context.root) + "index.html"
        let entries = builder.articlePages(of: context.language).map { build.entries[$0.source.sourcePath] }
        let previous = build.last?.previous(path, entries: entries.map { $0?.hit == true ? $0?.name : nil },
                                            outline: build.outline, output: build.output)
        let layout = HandbookLayout()
        books.withLock { $0.append((path, entries.map { $0?.name ?? "-" }, layout)) }
        return builder.job(for: context, previous: previous, layout: layout)
    }

    /// After the site was written: records each handbook of this build.
    func record(in folder: URL) {
        guard let build = build.withLock({ $0 }) else { return }
        let written = books.withLock { $0 }.compactMap { book in
            book.layout.articleRanges().map { (path: book.path, entries: book.entries, articles: $0) }
        }
        HandbookRecord.record(outline: build.outline, books: written, output: build.output, in: folder)
    }
}
