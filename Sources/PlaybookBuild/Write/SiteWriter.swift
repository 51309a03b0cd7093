import Foundation
import PlaybookModel
import PlaybookSupport

/// Stage 5: brings the output folder up to date in place, writing only the files whose bytes
/// change.
///
/// - Every file's bytes are made (pages are rendered right there) and compared with the
///   previous output's file, one file at a time on every core. An unchanged file is not
///   touched: it keeps its inode and modification time, so servers, `rsync` and browser caches
///   see it as unchanged. A file the build cache keeps (`KeptPages`: a page's, an index's, a
///   feed's…) is the previous output's own file and costs no call at all.
/// - A changed or new file is written into a staging folder beside the output, named by its
///   number. Beside: on the same file system, so that it is renamed into place, never copied.
///   Not in the output: until the commit the output holds nothing new (no temporary file a
///   server could list, no new folder), and a failed staging is undone by removing one folder.
/// - `StagedSite.commit()` renames each staged file over its old self, making the folders it
///   needs, then removes the files and folders the new site no longer has. A reader gets each
///   file whole, old or new, never half-written; while the commit runs it may see some files
///   old and some new, as with Hugo or `rsync`.
/// - Nothing changed: nothing is touched. No previous output: the whole site is staged in its
///   folders and the staging folder renamed into place.
/// - A build with errors never gets here. If staging fails (I/O), the staging folder is removed
///   and the previous site is left as it was, byte for byte.
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

    /// Gets every file's bytes (rendering it, when it is rendered) and stages those that differ
    /// from the previous output's, one file at a time on every core: a file is in memory only
    /// while it is compared and written. Nothing in the output changes until `commit()`. The
    /// files `early` staged already (`stageEarly`) are taken as it left them. `listed` is the
    /// output as the build listed it, if it did (else it is listed here).
    func stage(_ files: [OutputFile], early: EarlyStaging? = nil, listed: PreviousOutput? = nil) throws -> StagedSite {
        let paths = Set(files.map(\.path))
        let folders = Self.folders(of: files.map(\.path))
        if let path = folders.first(where: paths.contains) {
            early?.discard()
            throw FileAndFolder(path: path)
        }
        if case .files(let staging, let previous, let outcomes) = early?.staged() {
            do {
                return try stageChanges(files, paths: paths, folders: folders, in: staging, against: previous, early: outcomes)
            } catch {
                try? FileManager.default.removeItem(atPath: staging)
                throw error
            }
        }
        let staging = try makeStaging()
        do {
            guard let previous = listed ?? PreviousOutput(folder: output.path) else { return try stageWhole(files, folders: folders, in: staging) }
            return try stageChanges(files, paths: paths, folders: folders, in: staging, against: previous)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Begins staging `files` on another thread (`EarlyStaging`), when there is a previous
    /// output to compare them with; if there is none, or the staging folder cannot be made,
    /// nothing is staged and `stage` stages them with the rest.
    func stageEarly(_ files: [OutputFile], listed: PreviousOutput? = nil) -> EarlyStaging {
        EarlyStaging(output: output.path, listed: listed, files: files, begin: makeStaging) { file, staged, previous in
            try stage(file, at: staged, against: previous)
        }
    }

    /// A new, empty staging folder beside the output (one a failed build left is removed first).
    private func makeStaging() throws -> String {
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.removeItem(atPath: staging)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try FileCalls.makeDirectory(staging)
        return staging
    }

    /// Two files of the site where one's path is a folder of the other's.
    struct FileAndFolder: LocalizedError {
        var path: String
        var errorDescription: String? { "\(path) would be both a file and a folder of the site" }
    }

    /// No previous output: every file, in its folders, under the staging folder.
    private func stageWhole(_ files: [OutputFile], folders: [String], in staging: String) throws -> StagedSite {
        for folder in folders { try FileCalls.makeDirectory(staging + "/" + folder) }
        let outcomes = files.concurrentMap { file in Result { try FileCalls.create(staging + "/" + file.path, with: try file.bytes()) } }
        for outcome in outcomes { try outcome.get() }
        return StagedSite(staging: staging, output: output.path, summary: Summary(written: files.count, unchanged: 0), change: .whole)
    }

    /// Stages the changed and new files (each named by its number), and works out what else
    /// the commit changes.
    private func stageChanges(_ files: [OutputFile], paths: Set<String>, folders: [String], in staging: String, against previous: PreviousOutput,
                              early: [String: (staged: String, outcome: Result<Bool, Error>)] = [:]) throws -> StagedSite {
        let outcomes = Array(files.indices).concurrentMap { index -> (staged: String, outcome: Result<Bool, Error>) in
            if let done = early[files[index].path] { return done }
            let staged = "\(staging)/\(index)"
            return (staged, Result { try stage(files[index], at: staged, against: previous) })
        }
        var moves: [StagedChanges.Move] = []
        for (index, item) in outcomes.enumerated() where try !item.outcome.get() {
            moves.append(StagedChanges.Move(staged: item.staged, path: files[index].path))
        }
        let changes = StagedChanges(previous: previous, paths: paths, folders: folders, moves: moves)
        let summary = Summary(written: moves.count, unchanged: files.count - moves.count)
        return StagedSite(staging: staging, output: output.path, summary: summary, change: changes.isEmpty ? .none : .files(changes))
    }

    /// True when the previous output already holds the file's bytes; otherwise they are
    /// written at `staged`.
    private func stage(_ file: OutputFile, at staged: String, against previous: PreviousOutput) throws -> Bool {
        let old = previous.folder + "/" + file.path
        // A file the build cache keeps is the previous output's own, as long as it is there.
        if case .kept = file.contents, previous[file.path] == .file { return true }
        let bytes = try file.bytes()
        if case .stream = bytes {
            // Made while written, so compared while written.
            guard try FileCalls.create(staged, with: bytes, comparingWith: previous[file.path] == .file ? old : nil) else { return false }
            FileCalls.remove(staged)
            return true
        }
        if previous.holds(file.path, exactly: bytes) { return true }
        try FileCalls.create(staged, with: bytes)
        return false
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
