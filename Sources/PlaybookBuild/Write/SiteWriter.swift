import Foundation
import PlaybookModel
import PlaybookSupport

/// Stage 5: writes the site whole or not at all, and leaves files whose bytes did not change
/// untouched.
///
/// - Every file is staged in a folder beside the output, one at a time on every core, as its
///   bytes are made (pages are rendered right there): a file whose bytes equal the previous
///   output's is *hard-linked* from it rather than written again, so it keeps its inode and
///   modification time (servers, `rsync` and browser caches see it as unchanged) and costs a
///   `link` instead of a write; only changed and new files are written.
/// - Nothing changed (the previous output holds exactly these paths with exactly these bytes):
///   the staging folder is dropped and the output is not touched at all.
/// - Otherwise the staging folder is swapped in with two renames.
/// - If anything fails the staging folder is removed and the previous site is left untouched,
///   byte for byte: hard links share bytes with it but nothing ever writes through them.
struct SiteWriter: Sendable {
    let output: URL

    init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// What a write did: `written` files got new bytes, `unchanged` ones kept the previous file.
    struct Summary: Sendable, Equatable {
        var written: Int
        var unchanged: Int
    }

    @discardableResult
    func write(_ files: [OutputFile]) throws -> Summary {
        try stage(files).commit()
    }

    /// Gets every file's bytes (rendering it, when it is rendered) and puts it into a staging
    /// folder beside the output, one file at a time on every core: a file is in memory only
    /// while it is compared and written. Nothing in the output changes until `commit()`.
    func stage(_ files: [OutputFile]) throws -> StagedSite {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let previous = PreviousOutput(folder: output)
        do {
            try FileCalls.makeDirectory(staging.path)
            for folder in Self.folders(of: files.map(\.path)) { try FileCalls.makeDirectory(staging.path + "/" + folder) }
            // Unchanged when the previous output holds these exact bytes: hard-linked, not written.
            let outcomes = files.concurrentMap { file in
                Result { () throws -> Bool in
                    let target = staging.path + "/" + file.path
                    let old = output.path + "/" + file.path
                    // A copy of the previous output's own file (a page kept by the build cache,
                    // `KeptPages`) is that file: linked without reading it to compare with itself.
                    if case .copy(let source) = file.contents, source.standardizedFileURL.path == old,
                       (try? FileCalls.link(old, to: target)) != nil {
                        return true
                    }
                    let bytes = try file.bytes()
                    if case .stream = bytes {
                        // Made while written, so compared while written; kept as the old file when equal.
                        let same = try FileCalls.create(target, with: bytes, comparingWith: previous == nil ? nil : old)
                        return same && (try? FileCalls.replace(target, withLinkTo: old)) != nil
                    }
                    if previous?.holds(file.path, exactly: bytes) ?? false, (try? FileCalls.link(old, to: target)) != nil {
                        return true
                    }
                    try FileCalls.create(target, with: bytes)
                    return false
                }
            }
            var unchanged = 0
            for outcome in outcomes where try outcome.get() { unchanged += 1 }
            let nothingChanged = previous.map { unchanged == files.count && $0.holdsOnly(files.map(\.path)) } ?? false
            return StagedSite(staging: staging, output: output,
                              summary: Summary(written: files.count - unchanged, unchanged: unchanged), nothingChanged: nothingChanged)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    /// Every folder the files need, parents before children.
    static func folders(of paths: [String]) -> [String] {
        var folders = Set<String>()
        for file in paths {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        return folders.sorted { $0.utf8.count < $1.utf8.count || ($0.utf8.count == $1.utf8.count && $0 < $1) }
    }
}

/// A site written into its staging folder, waiting to replace the output.
struct StagedSite: Sendable {
    let staging: URL
    let output: URL
    let summary: SiteWriter.Summary
    /// The previous output already holds exactly these files: it is left alone, every file
    /// keeping its inode and modification time.
    let nothingChanged: Bool

    /// Swaps the staging folder in, or drops it when nothing changed.
    @discardableResult
    func commit() throws -> SiteWriter.Summary {
        if nothingChanged {
            try? FileManager.default.removeItem(at: staging)
            return summary
        }
        let retired = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        try swap(staging, into: output, retiring: retired)
        return summary
    }

    /// Two renames; between them the output briefly does not exist, never half-written.
    private func swap(_ staging: URL, into output: URL, retiring retired: URL) throws {
        let manager = FileManager.default
        let hadPrevious = manager.fileExists(atPath: output.path)
        if hadPrevious { try manager.moveItem(at: output, to: retired) }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadPrevious { try? manager.moveItem(at: retired, to: output) }
            try? manager.removeItem(at: staging)
            throw error
        }
        if hadPrevious { try? manager.removeItem(at: retired) }
    }
}
