#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Lists the regular files under a folder, sorted, following symbolic links safely.
///
/// Reads folders with `readdir` and asks `stat` only about links (and file systems that do not
/// give an entry's type): the preview lists `content/` on every save, and Foundation's
/// per-file `fileExists` was a tenth of a 1,000-page rebuild.
enum FileTree {
    /// Paths relative to `folder`; diagnostics name files as `<prefix>/<path>`. A symbolic link to a folder already being walked (a loop)
    /// is reported once and skipped; a dangling link is reported and skipped.
    static func files(under folder: URL, reportedAs prefix: String, diagnostics: inout [Diagnostic]) -> [String] {
        var result: [String] = []
        var visiting: Set<[UInt64]> = []
        if let root = folderID(folder.path) { visiting.insert(root) }
        walk(folder.path, prefix: "", reportedAs: prefix, visiting: &visiting, into: &result, diagnostics: &diagnostics)
        return result.sorted()
    }

    private static func walk(_ folder: String, prefix: String, reportedAs display: String, visiting: inout Set<[UInt64]>,
                             into result: inout [String], diagnostics: inout [Diagnostic]) {
        for (name, type) in Directory.entries(of: folder) {
            let path = folder + "/" + name
            let relative = prefix + name
            var isDirectory = type == DT_DIR
            if type != DT_DIR, type != DT_REG {
                // A link or an unknown type: what it points at decides.
                var info = stat()
                guard stat(path, &info) == 0 else {
                    diagnostics.append(.warning("broken symbolic link, skipped", at: SourceLocation(file: "\(display)/\(relative)", line: 1, column: 1)))
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
                diagnostics.append(.warning("symbolic link loop, skipped", at: SourceLocation(file: "\(display)/\(relative)", line: 1, column: 1)))
                continue
            }
            visiting.insert(id)
            walk(path, prefix: relative + "/", reportedAs: display, visiting: &visiting, into: &result, diagnostics: &diagnostics)
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
