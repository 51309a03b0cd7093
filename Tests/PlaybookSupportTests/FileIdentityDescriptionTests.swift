#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import PlaybookSupport

/// A file's identity is written as the build stamp and the cache's records compare it: each
/// field in decimal as Swift writes it, times as seconds.nanoseconds, unpadded.
struct FileIdentityDescriptionTests {
    @Test(arguments: [
        (0o100644, 0, 1, 0, 0, 0, 0),
        (0o40755, 4096, 16_261_499, 1_796_603_184, 116_154_652, 1_796_603_184, 5),
        (0o100600, Int.max, -1, -1, 999_999_999, Int.min + 1, 1),
    ])
    func theIdentityIsWrittenFieldByField(mode: Int, size: Int, inode: Int, modified: Int, modifiedNano: Int, changed: Int, changedNano: Int) {
        var info = stat()
        info.st_mode = mode_t(mode)
        info.st_size = off_t(size)
        info.st_ino = ino_t(truncatingIfNeeded: inode)
        #if canImport(Darwin)
        info.st_mtimespec = timespec(tv_sec: modified, tv_nsec: modifiedNano)
        info.st_ctimespec = timespec(tv_sec: changed, tv_nsec: changedNano)
        #else
        info.st_mtim = timespec(tv_sec: modified, tv_nsec: modifiedNano)
        info.st_ctim = timespec(tv_sec: changed, tv_nsec: changedNano)
        #endif
        let identity = FileIdentity(info)
        #expect(identity.description == "\(UInt32(mode)) \(Int64(size)) \(UInt64(truncatingIfNeeded: inode)) \(modified).\(modifiedNano) \(changed).\(changedNano)")
    }
}
