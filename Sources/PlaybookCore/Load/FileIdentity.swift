#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` tells about a file that changes whenever its contents can have: type, size,
/// inode, and modification and change times. The change time cannot be set back by any tool
/// (`touch -d`, `rsync -t` and `git checkout` all move it), so a file whose identity is the
/// same was not written since; times are in nanoseconds, as on ext4, XFS, Btrfs and tmpfs.
struct FileIdentity: Hashable, Sendable, CustomStringConvertible {
    var mode: UInt32
    var size: Int
    var inode: UInt64
    var modified: timespec
    var changed: timespec

    /// Nil when there is nothing at `path`; links are followed.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        mode = UInt32(info.st_mode)
        size = Int(info.st_size)
        inode = UInt64(info.st_ino)
        modified = info.st_mtim
        changed = info.st_ctim
    }

    var description: String {
        "\(mode) \(size) \(inode) \(modified.tv_sec).\(modified.tv_nsec) \(changed.tv_sec).\(changed.tv_nsec)"
    }

    static func == (a: FileIdentity, b: FileIdentity) -> Bool {
        a.mode == b.mode && a.size == b.size && a.inode == b.inode
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(inode)
        hasher.combine(modified.tv_nsec)
        hasher.combine(changed.tv_nsec)
    }
}
