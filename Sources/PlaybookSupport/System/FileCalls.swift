#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX calls the writer needs, without Foundation's `Data.write`, which also
/// `fsync`s every file: a site is rebuilt from its sources, so losing it in a power cut costs
/// a rebuild, while syncing every file of a large site would slow every build.
public enum FileCalls {
    public struct Failure: LocalizedError, CustomStringConvertible {
        public var action: String
        public var path: String
        public var code: Int32

        public init(action: String, path: String, code: Int32) {
            self.action = action
            self.path = path
            self.code = code
        }

        public var description: String { "cannot \(action) \(path): \(String(cString: strerror(code)))" }
        public var errorDescription: String? { description }
    }

    /// Creates `bytes` at `path`, which must not exist yet.
    public static func create(_ path: String, with bytes: FileBytes) throws {
        _ = try create(path, with: bytes, comparingWith: nil)
    }

    /// `create`, comparing the bytes on the way with the regular file at `previous`: true when
    /// it held exactly these bytes. For a stream, whose bytes exist only while being written.
    ///
    /// Bytes of a file (`FileRange`) are copied without being decoded. When they are bytes of
    /// `previous` itself at the very offset the comparison has reached, they are not read to
    /// be compared: the file holds them there by definition.
    public static func create(_ path: String, with bytes: FileBytes, comparingWith previous: String?) throws -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(action: "create", path: path, code: errno) }
        defer { close(descriptor) }
        var old = previous.flatMap { OldFile($0) }
        var buffer: UnsafeMutableRawBufferPointer?
        defer { buffer?.deallocate() }
        func write(_ chunk: UnsafeRawBufferPointer, comparing: Bool) throws {
            guard chunk.count > 0 else { return }
            if comparing, old?.continues(with: chunk) == false { old = nil }
            try writeAll(chunk, to: descriptor, path: path)
        }
        try bytes.forEachPart { part in
            switch part {
            case .bytes(let chunk):
                try write(chunk, comparing: true)
            case .file(let range):
                let known = old?.skip(range) == true
                if buffer == nil { buffer = .allocate(byteCount: FileBytes.Part.chunkSize, alignment: 16) }
                try range.forEachChunk(in: buffer!) { try write($0, comparing: !known) }
            }
        }
        return old?.isAtEnd() ?? false
    }

    private static func writeAll(_ chunk: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < chunk.count {
            let written = CLibrary.write(descriptor, chunk.baseAddress! + offset, chunk.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(action: "write", path: path, code: errno)
            }
            offset += written
        }
    }

    /// True when `path` is a regular file (not a link to one) holding exactly `bytes`.
    public static func holds(_ path: String, exactly bytes: FileBytes) -> Bool {
        guard let count = bytes.knownCount, let old = OldFile(path), old.size == count else { return false }
        var same = true
        do {
            try bytes.forEachChunk { new in
                if same, new.count > 0 { same = old.continues(with: new) }
            }
        } catch {
            return false
        }
        return same && old.isAtEnd()
    }

    /// A regular file of a previous build, read chunk by chunk alongside new bytes.
    private final class OldFile {
        let descriptor: Int32
        let size: Int
        let device: UInt64
        let inode: UInt64
        /// How far the file has been read or skipped.
        private var position = 0
        private var buffer: [UInt8] = []

        init?(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            var opened = stat()
            // The file opened must be the one looked at, for `skip` to trust its identity.
            guard fstat(descriptor, &opened) == 0, opened.st_dev == info.st_dev, opened.st_ino == info.st_ino else {
                close(descriptor)
                return nil
            }
            size = Int(info.st_size)
            (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino))
        }

        /// When `range` is bytes of this very file at the position reached, moves past them
        /// and returns true: they are what the file holds there. Otherwise does nothing.
        func skip(_ range: FileRange) -> Bool {
            guard range.file.device == device, range.file.inode == inode, range.range.lowerBound == position,
                  range.range.upperBound <= size, lseek(descriptor, off_t(range.range.upperBound), SEEK_SET) >= 0 else { return false }
            position = range.range.upperBound
            return true
        }

        deinit { close(descriptor) }

        /// True when the file's next bytes are `new`'s.
        func continues(with new: UnsafeRawBufferPointer) -> Bool {
            if buffer.count < new.count { buffer = [UInt8](repeating: 0, count: new.count) }
            var total = 0
            while total < new.count {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, new.count - total) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                total += count
            }
            position += total
            return buffer.withUnsafeBytes { memcmp($0.baseAddress!, new.baseAddress!, new.count) == 0 }
        }

        /// True when nothing is left to read.
        func isAtEnd() -> Bool {
            var byte: UInt8 = 0
            return read(descriptor, &byte, 1) == 0
        }
    }

    public static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Failure(action: "create the folder", path: path, code: errno) }
    }

    /// Renames `path` over `target` in one step: a reader sees the old file or the new one.
    public static func rename(_ path: String, over target: String) throws {
        guard CLibrary.rename(path, target) == 0 else { throw Failure(action: "replace", path: target, code: errno) }
    }

    /// Removes the file at `path`, if there is one.
    public static func remove(_ path: String) {
        unlink(path)
    }

    /// Removes the folder at `path` if it is empty.
    public static func removeFolder(_ path: String) {
        rmdir(path)
    }
}
