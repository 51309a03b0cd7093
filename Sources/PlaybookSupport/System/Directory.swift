#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder's entries as `readdir` gives them, for the walks that list thousands of files
/// (content, the build stamp, the preview's watcher).
public enum Directory {
    #if canImport(Darwin)
    private typealias Handle = UnsafeMutablePointer<DIR>
    #else
    private typealias Handle = OpaquePointer
    #endif

    /// The names and types (`DT_DIR`, `DT_REG`, `DT_LNK`, `DT_UNKNOWN`…) of a folder's
    /// entries, `.` and `..` left out, sorted by name; none when it cannot be read.
    public static func entries(of folder: String) -> [(name: String, type: Int32)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        return read(directory).sorted { $0.name < $1.name }
    }

    /// A folder's entries as `entries(of:)` gives them, each with its identity as
    /// `FileIdentity(path:)` gives it for `folder + "/" + name` (links followed; nil when
    /// there is nothing there any more, or a link leads nowhere). Each entry is looked at from
    /// the open folder, not by its whole path again.
    public static func identities(in folder: String) -> [(name: String, type: Int32, identity: FileIdentity?)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        return read(directory).sorted { $0.name < $1.name }.map { entry in
            var info = stat()
            return (entry.name, entry.type, fstatat(descriptor, entry.name, &info, 0) == 0 ? FileIdentity(info) : nil)
        }
    }

    /// The entries left to read in `directory`, `.` and `..` left out, in readdir's order.
    private static func read(_ directory: Handle) -> [(name: String, type: Int32)] {
        var entries: [(name: String, type: Int32)] = []
        while let entry = readdir(directory) {
            // Read the fields in place: a `dirent` may be shorter than its declared size, so
            // copying `entry.pointee` can read past the end of readdir's buffer and crash.
            let raw = UnsafeRawPointer(entry)
            let name = String(cString: (raw + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            entries.append((name, Int32(raw.load(fromByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_type)!, as: UInt8.self))))
        }
        return entries
    }
}
