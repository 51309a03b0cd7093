import Foundation
import PlaybookSupport

/// A site staged beside the output, waiting to be committed into it (`SiteWriter`).
struct StagedSite: Sendable {
    enum Change: Sendable {
        /// The output already holds exactly these files: it is left alone.
        case none
        /// There was no output: the staging folder holds the whole site, renamed into place.
        case whole
        case files(StagedChanges)
    }

    let staging: String
    let output: String
    let summary: SiteWriter.Summary
    let change: Change

    /// Brings the output up to date and removes the staging folder. A commit that fails
    /// half-way (a folder that cannot be made, say) leaves some files new and some old; the
    /// build reports the error and the next one finishes the job.
    @discardableResult
    func commit() throws -> SiteWriter.Summary {
        defer { try? FileManager.default.removeItem(atPath: staging) }
        switch change {
        case .none: break
        case .whole: try FileCalls.rename(staging, over: output)
        case .files(let changes): try changes.apply(to: output)
        }
        return summary
    }
}

/// What a commit changes in an existing output, worked out before it begins.
struct StagedChanges: Sendable {
    struct Move: Sendable {
        /// The staged file.
        var staged: String
        /// Its path in the output.
        var path: String
    }

    /// Entries of the wrong kind where the new site needs a file or a folder (a file where a
    /// folder goes, a folder or a symbolic link where a file or a folder goes), removed first.
    var inTheWay: [String]
    /// The folders the new site needs that the output lacks, parents first.
    var newFolders: [String]
    /// The changed and new files.
    var moves: [Move]
    /// What the new site no longer has, the deepest first, so that each folder is empty when
    /// its turn comes.
    var stale: [(path: String, isFolder: Bool)]

    var isEmpty: Bool { moves.isEmpty && inTheWay.isEmpty && stale.isEmpty }

    /// `paths` are the new site's files, `folders` the folders they need, parents first.
    init(previous: PreviousOutput, paths: Set<String>, folders: [String], moves: [Move]) {
        let needed = Set(folders)
        var inTheWay: [String] = [], stale: [(path: String, isFolder: Bool)] = []
        for (path, entry) in previous.entries {
            // A symbolic link where a file goes is never taken for an unchanged file, so the new
            // file is renamed over it.
            if entry == .folder ? needed.contains(path) : paths.contains(path) { continue }
            if paths.contains(path) || needed.contains(path) {
                inTheWay.append(path)
            } else {
                stale.append((path, entry == .folder))
            }
        }
        self.inTheWay = inTheWay
        let removed = Set(inTheWay)
        newFolders = folders.filter { previous[$0] != .folder || removed.contains($0) }
        self.moves = moves
        self.stale = stale.sorted { $0.path.utf8.count > $1.path.utf8.count }
    }

    /// Renames the new files in before removing what the site no longer has, so that by the
    /// time a page goes, the pages that linked to it have been replaced.
    func apply(to output: String) throws {
        for path in inTheWay { try FileManager.default.removeItem(atPath: output + "/" + path) }
        for folder in newFolders { try FileCalls.makeDirectory(output + "/" + folder) }
        for move in moves { try FileCalls.rename(move.staged, over: output + "/" + move.path) }
        // Whatever is already gone (inside a folder that was in the way) or has appeared in a
        // stale folder since is left as it is.
        for entry in stale {
            if entry.isFolder { FileCalls.removeFolder(output + "/" + entry.path) } else { FileCalls.remove(output + "/" + entry.path) }
        }
    }
}
