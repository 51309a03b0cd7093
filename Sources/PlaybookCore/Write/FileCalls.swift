#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX calls the writer needs, without Foundation's `Data.write`, which also
/// `fsync`s every file: a site is rebuilt from its sources, so losing it in a power cut costs
/// a rebuild, while syncing each of 20,000 files cost seconds.
enum FileCalls {
    struct Failure: LocalizedError, CustomStringConvertible {
        var action: String
        var path: String
        var code: Int32
        var description: String { "cannot \(action) \(path): \(String(cString: strerror(code)))" }
        var errorDescription: String? { description }
    }

    /// Creates `bytes` at `path`, which must not exist yet.
    static func create(_ path: String, with bytes: FileBytes) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(action: "create", path: path, code: errno) }
        defer { close(descriptor) }
        try bytes.forEachChunk { buffer in
            guard buffer.count > 0 else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(action: "write", path: path, code: errno)
                }
                offset += written
            }
        }
    }

    /// True when `path` is a regular file (not a link to one) holding exactly `bytes`.
    static func holds(_ path: String, exactly bytes: FileBytes) -> Bool {
        let count = bytes.count
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == count else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var existing = [UInt8](repeating: 0, count: count + 1)
        var total = 0
        while total < existing.count {
            let count = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            total += count
        }
        guard total == count else { return false }
        var offset = 0, same = true
        existing.withUnsafeBytes { old in
            bytes.forEachChunk { new in
                guard same, new.count > 0 else { return }
                same = memcmp(old.baseAddress! + offset, new.baseAddress!, new.count) == 0
                offset += new.count
            }
        }
        return same
    }

    /// A second name for the file at `existing`: same inode, same bytes, same modification time.
    static func link(_ existing: String, to path: String) throws {
        guard Glibc.link(existing, path) == 0 else { throw Failure(action: "link", path: path, code: errno) }
    }

    static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Failure(action: "create the folder", path: path, code: errno) }
    }
}
