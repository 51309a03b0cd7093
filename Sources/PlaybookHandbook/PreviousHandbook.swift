#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlaybookSupport

/// The handbook file the last build wrote, and which of its articles this build copies
/// from it rather than rendering again. Given only when that file is known to be the one the
/// build left, for a site with the same outline (so every byte outside the articles, and each
/// article whose page came from the same conversion, is what rendering would give again).
public struct PreviousHandbook: Sendable {
    public var path: String
    public var size: Int
    /// Each article's bytes in the file, in the book's order.
    public var articles: [Range<Int>]
    /// For each article, true when its bytes are copied; false when it is rendered.
    public var copied: [Bool]

    public init(path: String, size: Int, articles: [Range<Int>], copied: [Bool]) {
        self.path = path
        self.size = size
        self.articles = articles
        self.copied = copied
    }
}

/// The previous handbook, open for reading its bytes from any thread.
final class PreviousHandbookFile: Sendable {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileCalls.Failure(action: "read", path: path, code: errno) }
    }

    deinit { close(descriptor) }

    /// The bytes of `range`, which starts and ends between two characters (at an article's
    /// edge), as text.
    func text(_ range: Range<Int>) throws -> String {
        try String(unsafeUninitializedCapacity: range.count) { buffer in
            var total = 0
            while total < range.count {
                let got = pread(descriptor, buffer.baseAddress! + total, range.count - total, off_t(range.lowerBound + total))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { throw FileCalls.Failure(action: "read", path: path, code: got < 0 ? errno : EIO) }
                total += got
            }
            return total
        }
    }
}
