#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PlaybookSupport

/// The site a previous build left in the output folder, which the writer compares against and
/// brings up to date: what it holds, listed once from the folders (no `stat` per file).
struct PreviousOutput: Sendable {
    enum Entry: Sendable, Equatable {
        case file
        case folder
        /// A symbolic link or anything else that is neither a regular file nor a folder.
        case other
    }

    let folder: String
    /// Every entry under the folder, by its path relative to it (with its identity when the
    /// build listed the output as an `OutputListing`, which it then shares).
    private let listed: [String: OutputListing.Entry]

    /// Nil when there is no previous output folder.
    init?(folder: String) {
        guard Self.entry(at: folder) == .folder else { return nil }
        self.folder = folder
        var entries: [String: OutputListing.Entry] = [:]
        Self.list(folder, under: "", into: &entries)
        listed = entries
    }

    /// The output as `listing` found it.
    init(_ listing: OutputListing) {
        folder = listing.folder
        listed = listing.entries
    }

    /// What is at `path`, relative to the folder; nil for nothing.
    subscript(path: String) -> Entry? { listed[path]?.kind }

    /// Every entry under the folder with its path relative to it.
    var entries: some Sequence<(path: String, entry: Entry)> { listed.lazy.map { (path: $0.key, entry: $0.value.kind) } }

    /// True when the previous output has a regular file at `path` with exactly these bytes.
    func holds(_ path: String, exactly bytes: FileBytes) -> Bool {
        self[path] == .file && FileCalls.holds(folder + "/" + path, exactly: bytes)
    }

    private static func list(_ root: String, under prefix: String, into entries: inout [String: OutputListing.Entry]) {
        for (name, type) in Directory.entries(of: prefix.isEmpty ? root : root + "/" + prefix) {
            let path = prefix.isEmpty ? name : prefix + "/" + name
            let entry = Self.entry(ofType: type, at: root + "/" + path)
            entries[path] = OutputListing.Entry(kind: entry, identity: nil)
            if entry == .folder { list(root, under: path, into: &entries) }
        }
    }

    /// What an entry `readdir` gave `type` is: asked of `path` (links not followed) on a file
    /// system that does not tell.
    static func entry(ofType type: Int32, at path: String) -> Entry {
        switch Int(type) {
        case Int(DT_REG): .file
        case Int(DT_DIR): .folder
        case Int(DT_UNKNOWN): entry(at: path) ?? .other
        default: .other
        }
    }

    /// What is at `path`, links not followed; nil when nothing is.
    static func entry(at path: String) -> Entry? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }
}
