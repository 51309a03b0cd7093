import Foundation
import PlaybookModel
import PlaybookSupport

/// The site a previous build left in the output folder, which the writer compares against.
struct PreviousOutput {
    let folder: URL

    /// Nil when there is no previous output folder.
    init?(folder: URL) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        self.folder = folder
    }

    /// True when the previous output has a regular file at `path` with exactly these bytes.
    func holds(_ path: String, exactly bytes: FileBytes) -> Bool {
        FileCalls.holds(folder.path + "/" + path, exactly: bytes)
    }

    /// True when the previous output has nothing besides these files and their folders.
    func holdsOnly(_ paths: [String]) -> Bool {
        let expected = Set(paths).union(SiteWriter.folders(of: paths))
        guard let entries = FileManager.default.enumerator(atPath: folder.path) else { return false }
        var count = 0
        for case let entry as String in entries {
            guard expected.contains(entry) else { return false }
            count += 1
        }
        return count == expected.count
    }
}
