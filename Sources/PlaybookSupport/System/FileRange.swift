#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file open for reading from any thread, by offset (`pread`), for as long as a value
/// holds it. Knows which file it is (device and inode), so a writer comparing its output
/// with that same file can tell bytes copied from it at their own offset are already there.
public final class ReadableFile: Sendable {
    public let path: String
    let descriptor: Int32
    let device: UInt64
    let inode: UInt64

    public init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileCalls.Failure(action: "read", path: path, code: errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw FileCalls.Failure(action: "read", path: path, code: code)
        }
        (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    deinit { close(descriptor) }

    /// Reads exactly `count` bytes at `offset` into `buffer`; a file shorter than that fails.
    func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws {
        var total = 0
        while total < count {
            let got = pread(descriptor, buffer + total, count - total, off_t(offset + total))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw FileCalls.Failure(action: "read", path: path, code: got < 0 ? errno : EIO) }
            total += got
        }
    }
}

/// Bytes `range` of a file, taken as they are: never decoded or checked as text. Whoever
/// makes one vouches for the bytes (the handbook copies them out of a file it wrote itself).
public struct FileRange: Sendable {
    public let file: ReadableFile
    public let range: Range<Int>

    public init(_ file: ReadableFile, _ range: Range<Int>) {
        self.file = file
        self.range = range
    }

    /// Calls `body` with the bytes in order, at most `buffer.count` at a time, read into `buffer`.
    func forEachChunk(in buffer: UnsafeMutableRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let count = min(buffer.count, range.upperBound - offset)
            try file.read(into: buffer.baseAddress!, count: count, at: offset)
            try body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            offset += count
        }
    }
}
