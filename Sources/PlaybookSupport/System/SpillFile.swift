#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A temporary file holding text made in one stage until a later stage reads it back: the
/// handbook's copy of every page, made while parsing and needed only when the handbook is
/// written, which held in memory would raise a large build's peak memory a good deal. The
/// file is unlinked as soon as it is made, so it goes with this object (or the process) and
/// nothing is left behind.
public final class SpillFile: Sendable {
    private let descriptor: Int32
    private let end = Mutex(0)

    public init(in directory: URL = FileManager.default.temporaryDirectory) throws {
        var template = Array(directory.appendingPathComponent("playbook-spill-XXXXXX").path.utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw FileCalls.Failure(action: "create a temporary file in", path: directory.path, code: errno)
        }
        unlink(template)
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Writes `text` after everything written so far (from any thread) and says where.
    public func append(_ text: String) throws -> SpilledText {
        var text = text
        return try text.withUTF8 { bytes in
            let offset = end.withLock { end in defer { end += bytes.count }; return end }
            var written = 0
            while written < bytes.count {
                let count = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(offset + written))
                if count < 0 {
                    if errno == EINTR { continue }
                    throw FileCalls.Failure(action: "write", path: "a temporary file", code: errno)
                }
                written += count
            }
            return SpilledText(file: self, offset: offset, count: bytes.count)
        }
    }

    fileprivate func read(_ count: Int, at offset: Int) throws -> String {
        try String(unsafeUninitializedCapacity: count) { buffer in
            var total = 0
            while total < count {
                let got = pread(descriptor, buffer.baseAddress! + total, count - total, off_t(offset + total))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { throw FileCalls.Failure(action: "read", path: "a temporary file", code: got < 0 ? errno : EIO) }
                total += got
            }
            return count
        }
    }
}

/// Text written to a `SpillFile`: where it is, to read it back.
public struct SpilledText: Sendable, Hashable {
    let file: SpillFile
    let offset: Int
    let count: Int

    public func read() throws -> String { try file.read(count, at: offset) }

    public static func == (a: SpilledText, b: SpilledText) -> Bool { a.file === b.file && a.offset == b.offset && a.count == b.count }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(file))
        hasher.combine(offset)
    }
}
