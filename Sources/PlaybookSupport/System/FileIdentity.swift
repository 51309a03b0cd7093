#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` tells about a file that changes whenever its contents can have: type, size,
/// inode, and modification and change times. An atomic save (write a temporary file, rename
/// it over) gives a new inode even when size and time look the same; the change time cannot
/// be set back by any tool (`touch -d`, `rsync -t` and `git checkout` all move it). Times are
/// in nanoseconds, as on ext4, XFS, Btrfs and tmpfs.
///
/// The build cache, the build stamp and the preview's watcher all compare files by it.
public struct FileIdentity: Hashable, Sendable, CustomStringConvertible {
    var mode: UInt32
    var size: Int64
    var inode: UInt64
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var changedSeconds: Int
    var changedNanoseconds: Int
    /// The file system it is on; with `inode`, what tells a folder reached twice (a link loop).
    var device: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        mode = UInt32(info.st_mode)
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
        (modifiedSeconds, modifiedNanoseconds) = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        (changedSeconds, changedNanoseconds) = (Int(info.st_ctimespec.tv_sec), Int(info.st_ctimespec.tv_nsec))
        #else
        (modifiedSeconds, modifiedNanoseconds) = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        (changedSeconds, changedNanoseconds) = (Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec))
        #endif
    }

    /// Nil when there is nothing at `path`; links are followed.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// What the preview's watcher counts at `path`: a folder (to list), or a file by its
    /// identity, a symbolic link by its target's unless that is a folder (links to folders are
    /// not followed, so there are no loops). Nil when there is nothing at `path`.
    public static func watched(at path: String) -> (identity: FileIdentity, isFolder: Bool)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFDIR { return (FileIdentity(info), true) }
        var target = stat()
        if info.st_mode & S_IFMT == S_IFLNK, stat(path, &target) == 0, target.st_mode & S_IFMT != S_IFDIR { info = target }
        return (FileIdentity(info), false)
    }

    public var isFolder: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }

    /// Device and inode: equal for two paths to one file or folder.
    public var place: [UInt64] { [device, inode] }

    /// Mode, size, inode and times: a file's line in the build stamp (`mode size inode
    /// seconds.nanoseconds seconds.nanoseconds`, in decimal as `String(describing:)` writes
    /// them). Written digit by digit: a build writes one for every file of the output and inputs.
    public var description: String {
        String(unsafeUninitializedCapacity: 7 * 21) { buffer in
            var end = Self.write(Int64(mode), into: buffer, at: 0, then: " ")
            end = Self.write(size, into: buffer, at: end, then: " ")
            end = Self.write(magnitude: inode, negative: false, into: buffer, at: end, then: " ")
            end = Self.write(Int64(modifiedSeconds), into: buffer, at: end, then: ".")
            end = Self.write(Int64(modifiedNanoseconds), into: buffer, at: end, then: " ")
            end = Self.write(Int64(changedSeconds), into: buffer, at: end, then: ".")
            return Self.write(Int64(changedNanoseconds), into: buffer, at: end, then: nil)
        }
    }

    private static func write(_ value: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int, then separator: Unicode.Scalar?) -> Int {
        write(magnitude: value.magnitude, negative: value < 0, into: buffer, at: start, then: separator)
    }

    /// Writes a number in decimal at `start`, then `separator`; returns where it ends.
    private static func write(magnitude: UInt64, negative: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int,
                              then separator: Unicode.Scalar?) -> Int {
        var start = start
        if negative {
            buffer[start] = UInt8(ascii: "-")
            start += 1
        }
        var magnitude = magnitude, end = start
        repeat {
            buffer[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            end += 1
        } while magnitude > 0
        buffer[start..<end].reverse()
        guard let separator else { return end }
        buffer[end] = UInt8(ascii: separator)
        return end + 1
    }
}
