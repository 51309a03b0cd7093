import Foundation

/// Stage 5: writes the site whole or not at all, and leaves files whose bytes did not change
/// untouched.
///
/// - Nothing changed (the previous output holds exactly these paths with exactly these bytes):
///   nothing is written at all; every file keeps its inode and modification time.
/// - Otherwise the site is assembled in a staging folder beside the output and swapped in
///   with two renames. A file whose bytes equal the previous output's is *hard-linked* from
///   it into the staging folder rather than written again, so it keeps its inode and
///   modification time (servers, `rsync` and browser caches see it as unchanged) and costs a
///   `link` instead of a write; only changed and new files are written.
/// - If anything fails the staging folder is removed and the previous site is left untouched,
///   byte for byte: hard links share bytes with it but nothing ever writes through them.
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// What a write did: `written` files got new bytes, `unchanged` ones kept the previous file.
    public struct Summary: Sendable, Equatable {
        public var written: Int
        public var unchanged: Int
    }

    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Summary {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).previous-\(pid)")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)

        let previous = PreviousOutput(folder: output)
        // A copied file (a content asset) is read only while it is compared or written, so large
        // assets are never all in memory at once.
        let unchanged = try files.concurrentMap { file in Result { try previous?.holds(file.path, exactly: file.bytes()) ?? false } }
            .map { try $0.get() }
        if let previous, !unchanged.contains(false), previous.holdsOnly(files.map(\.path)) {
            return Summary(written: 0, unchanged: files.count)
        }

        do {
            try FileCalls.makeDirectory(staging.path)
            for folder in Self.folders(of: files.map(\.path)) { try FileCalls.makeDirectory(staging.path + "/" + folder) }
            let failures = Array(files.indices).concurrentMap { index -> (any Error)? in
                let target = staging.path + "/" + files[index].path
                do {
                    if unchanged[index] {
                        do { try FileCalls.link(output.path + "/" + files[index].path, to: target); return nil } catch {}
                    }
                    try FileCalls.create(target, with: files[index].bytes())
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        try swap(staging, into: output, retiring: retired)
        let kept = unchanged.filter { $0 }.count
        return Summary(written: files.count - kept, unchanged: kept)
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
