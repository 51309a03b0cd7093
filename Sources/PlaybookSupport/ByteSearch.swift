#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` at or after `start`, found with `memchr`, which scans many
    /// bytes at a time where the generic `firstIndex(of:)` goes byte by byte: every page's text
    /// is searched here (newlines, quotes, stand-in bytes).
    public func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard let base = baseAddress, start < count, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

extension String {
    /// Whether the text's UTF-8 holds `byte` (`firstIndex(of:from:)` over its buffer).
    public func holdsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.firstIndex(of: byte, from: 0) != nil }
    }
}
