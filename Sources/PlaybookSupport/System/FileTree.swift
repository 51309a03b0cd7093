#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Lists the regular files under a folder, sorted, following symbolic links safely.
///
/// Reads folders with `readdir` and asks `stat` only about links (and file systems that do not
/// give an entry's type): the preview lists `content/` on every save.
public enum FileTree {
    /// A path the walk skipped, and why.
    public enum Problem: Sendable, Equatable {
        /// A symbolic link to nothing.
        case brokenLink
        /// A symbolic link to a folder already being walked.
        case linkLoop
    }

    /// Paths relative to `folder`, and the paths (relative too) that were skipped, in the
    /// order the walk met them.
    public static func files(under folder: URL) -> (files: [String], skipped: [(path: String, problem: Problem)]) {
        var result: [String] = []
        var skipped: [(path: String, problem: Problem)] = []
        var visiting: Set<[UInt64]> = []
        if let root = folderID(folder.path) { visiting.insert(root) }
        walk(folder.path, prefix: "", visiting: &visiting, into: &result, skipped: &skipped)
        return (result.sorted(), skipped)
    }

    private static func walk(_ folder: String, prefix: String, visiting: inout Set<[UInt64]>,
                             into result: inout [String], skipped: inout [(path: String, problem: Problem)]) {
        for (name, type) in Directory.entries(of: folder) {
            let path = folder + "/" + name
            let relative = prefix + name
            var isDirectory = type == DT_DIR
            if type != DT_DIR, type != DT_REG {
                // A link or an unknown type: what it points at decides.
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
            walk(path, prefix: relative + "/", visiting: &visiting, into: &result, skipped: &skipped)
            visiting.remove(id)
        }
    }

    /// Device and inode of a folder (links followed): the same folder reached twice is a loop.
    private static func folderID(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
