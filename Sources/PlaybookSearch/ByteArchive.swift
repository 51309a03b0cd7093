/// Bytes that the build cache keeps for the search index (`IndexedTerms`): integers and
/// arrays of fixed-width integers as this machine holds them in memory, each array after its
/// count, so that millions of postings bytes are copied in and out rather than coded one by one.
struct ByteArchive {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    mutating func array<Element: FixedWidthInteger>(_ elements: [Element]) {
        int(elements.count)
        elements.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ value: String) {
        array(Array(value.utf8))
    }

    /// Reads what a `ByteArchive` wrote, in the same order; nil past the end.
    struct Reader {
        private let bytes: UnsafeRawBufferPointer
        private var at = 0

        init(_ bytes: UnsafeRawBufferPointer) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { at == bytes.count }

        mutating func int() -> Int? {
            guard bytes.count - at >= MemoryLayout<Int>.size else { return nil }
            defer { at += MemoryLayout<Int>.size }
            return bytes.loadUnaligned(fromByteOffset: at, as: Int.self)
        }

        mutating func array<Element: FixedWidthInteger>(of type: Element.Type) -> [Element]? {
            guard let count = int(), count >= 0, count <= (bytes.count - at) / MemoryLayout<Element>.stride else { return nil }
            let size = count * MemoryLayout<Element>.stride
            defer { at += size }
            return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                if size > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + size)])) }
                initialized = count
            }
        }

        mutating func text() -> String? {
            array(of: UInt8.self).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
