#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder's entries as `readdir` gives them, for the walks that list thousands of files
/// (content, the build stamp, the preview's watcher).
public enum Directory {
    /// The names and types (`DT_DIR`, `DT_REG`, `DT_LNK`, `DT_UNKNOWN`…) of a folder's
    /// entries, `.` and `..` left out, sorted by name; none when it cannot be read.
    public static func entries(of folder: String) -> [(name: String, type: Int32)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, type: Int32)] = []
        while let entry = readdir(directory) {
            // Read the fields in place: a `dirent` may be shorter than its declared size, so
            // copying `entry.pointee` can read past the end of readdir's buffer and crash.
            let raw = UnsafeRawPointer(entry)
            let name = String(cString: (raw + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            entries.append((name, Int32(raw.load(fromByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_type)!, as: UInt8.self))))
        }
        return entries.sorted { $0.name < $1.name }
    }
}
