#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Lists the regular files under a folder, sorted, following symbolic links safely: a link
/// is followed only while it leads to a place inside the boundary (the playbook's root).
///
/// Reads folders with `readdir` and asks `stat` only about links (and file systems that do not
/// give an entry's type): the preview lists `content/` on every save.
public enum FileTree {
    /// A path the walk skipped, and why.
    public enum Problem: Sendable, Equatable {
        /// A symbolic link to nothing.
        case brokenLink
        /// A symbolic link to a folder already being walked, or to itself.
        case linkLoop
        /// A symbolic link (or one in the folder's own path) that leads outside the boundary:
        /// `written` is the link as written, `target` the real path it leads to.
        case outsideBoundary(written: String, target: String)
    }

    /// Paths relative to `folder`, and the paths (relative too) that were skipped, in the
    /// order the walk met them; an empty path stands for `folder` itself.
    public static func files(under folder: URL, inside boundary: FolderBoundary) -> (files: [String], skipped: [(path: String, problem: Problem)]) {
        var result: [String] = []
        var skipped: [(path: String, problem: Problem)] = []
        if let real = FolderBoundary.realPath(of: folder.path), !boundary.contains(realPath: real) {
            return ([], [("", .outsideBoundary(written: FolderBoundary.linkText(at: folder.path) ?? folder.path, target: real))])
        }
        var visiting: Set<[UInt64]> = []
        if let root = folderID(folder.path) { visiting.insert(root) }
        walk(folder.path, prefix: "", boundary: boundary, visiting: &visiting, into: &result, skipped: &skipped)
        return (result.sorted(), skipped)
    }

    private static func walk(_ folder: String, prefix: String, boundary: FolderBoundary, visiting: inout Set<[UInt64]>,
                             into result: inout [String], skipped: inout [(path: String, problem: Problem)]) {
        for (name, type) in Directory.entries(of: folder) {
            let path = folder + "/" + name
            let relative = prefix + name
            var isDirectory = type == DT_DIR
            if type != DT_DIR, type != DT_REG {
                // A link or an unknown type: where it leads decides.
                if let problem = linkProblem(at: path, boundary: boundary) {
                    skipped.append((relative, problem))
                    continue
                }
                var info = stat()
                guard stat(path, &info) == 0 else {
                    skipped.append((relative, .brokenLink))
                    continue
                }
                isDirectory = info.st_mode & S_IFMT == S_IFDIR
            }
            guard isDirectory else {
                result.append(relative)
                continue
            }
            if name.hasPrefix(".") { continue }
            guard let id = folderID(path), !visiting.contains(id) else {
                skipped.append((relative, .linkLoop))
                continue
            }
            visiting.insert(id)
            walk(path, prefix: relative + "/", boundary: boundary, visiting: &visiting, into: &result, skipped: &skipped)
            visiting.remove(id)
        }
    }

    /// Why the symbolic link at `path` is not followed; nil for what is not a link, and for a
    /// link that leads inside the boundary.
    private static func linkProblem(at path: String, boundary: FolderBoundary) -> Problem? {
        guard let written = FolderBoundary.linkText(at: path) else { return nil }
        guard let real = FolderBoundary.realPath(of: path) else { return errno == ELOOP ? .linkLoop : .brokenLink }
        return boundary.contains(realPath: real) ? nil : .outsideBoundary(written: written, target: real)
    }

    /// Device and inode of a folder (links followed): the same folder reached twice is a loop.
    private static func folderID(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
