import Foundation
import Synchronization

/// Pages whose converted parts could be read neither from their build cache entries nor by
/// converting them again during this build (`StoredParts`), by source path: what the build
/// made of them cannot be trusted, so the site is not written (`check()`).
final class LostPages: Sendable {
    private let sourcePaths = Mutex<Set<String>>([])

    func lose(_ sourcePath: String) {
        sourcePaths.withLock { _ = $0.insert(sourcePath) }
    }

    /// Thrown before the site is written when a page was lost.
    struct Lost: LocalizedError {
        var sourcePaths: [String]
        var errorDescription: String? {
            "the build cache could not give back the conversion of \(sourcePaths.joined(separator: ", ")), changed since it was loaded: build again"
        }
    }

    func check() throws {
        let lost = sourcePaths.withLock { $0 }
        if !lost.isEmpty { throw Lost(sourcePaths: lost.sorted()) }
    }
}
