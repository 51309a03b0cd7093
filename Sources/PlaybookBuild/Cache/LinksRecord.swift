import Foundation
import PlaybookSupport

/// The cache folder's `links` file: the digest of the URL map and the handbook anchors under
/// which every entry in the folder had its answers (where links lead, handbook anchors) given
/// or checked, and the context they were given under (`PageStore.answersHold`).
enum LinksRecord {
    static let fileName = "links"

    /// Whether the last commit recorded `map` under `context`.
    static func holds(in folder: URL, context: String, map: String) -> Bool {
        (try? String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8)) == text(context: context, map: map)
    }

    static func record(context: String, map: String, in folder: URL) {
        try? Data(text(context: context, map: map).utf8).write(to: folder.appendingPathComponent(fileName), options: .atomic)
    }

    /// Removed while the entries change, so that a commit cut short never leaves it vouching for them.
    static func remove(from folder: URL) {
        FileCalls.remove(folder.appendingPathComponent(fileName).path)
    }

    private static func text(context: String, map: String) -> String {
        "map " + map + " context " + context + "\n"
    }
}
