/// A section's terms, each once with its `SearchField` bits, packed into one byte array:
/// each term's UTF-8 followed by one byte holding its bits (1 to 7, a byte no term holds).
///
/// Every page's terms are kept from the parse stage until the indexes are built, so they are
/// kept compact, far smaller than a list of strings and numbers.
public struct PackedTerms: Sendable {
    /// As described above (the build cache keeps them as they are).
    public let bytes: [UInt8]

    /// `bytes` as described above: each term followed by its bits.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Calls `body` with each term's UTF-8 (valid only during the call) and its bits, in the
    /// order they were added.
    public func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for index in buffer.indices where buffer[index] < 8 {
                body(UnsafeBufferPointer(rebasing: buffer[start..<index]), Int(buffer[index]))
                start = index + 1
            }
        }
    }
}
