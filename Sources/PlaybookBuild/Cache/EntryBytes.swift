import Foundation

/// Writes a cache entry's fields one after the other: numbers as 8 little-endian bytes,
/// text as its length and UTF-8. `EntryReader` reads them back in the same order.
struct EntryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Text's UTF-8 alone, its length written elsewhere.
    mutating func utf8(_ value: String) {
        var value = value
        value.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func optionalText(_ value: String?) {
        bool(value != nil)
        if let value { text(value) }
    }

    mutating func raw(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    /// Numbers after their count, in this machine's byte order: an entry is made and read by
    /// one binary (part of its key), so on one kind of machine.
    mutating func words(_ value: [UInt64]) {
        int(value.count)
        value.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func list<Element>(_ elements: [Element], _ write: (inout EntryWriter, Element) -> Void) {
        int(elements.count)
        for element in elements { write(&self, element) }
    }
}

/// Reads what `EntryWriter` wrote; every read is bounds-checked and throws on bytes that do not
/// fit, so a damaged entry is an error, never a crash.
struct EntryReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws -> Int {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        defer { offset += 8 }
        return Int(Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
    }

    mutating func bool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func text() throws -> String {
        let range = try span()
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func optionalText() throws -> String? {
        try bool() ? try text() : nil
    }

    mutating func raw() throws -> [UInt8] {
        [UInt8](UnsafeRawBufferPointer(rebasing: bytes[try span()]))
    }

    mutating func words() throws -> [UInt64] {
        let count = try int()
        guard count >= 0, count <= (bytes.count - offset) / 8 else { throw Damaged() }
        let source = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 8 * count)])
        offset += 8 * count
        return [UInt64](unsafeUninitializedCapacity: count) { words, initialized in
            UnsafeMutableRawBufferPointer(words).copyMemory(from: source)
            initialized = count
        }
    }

    /// The place of the next length-prefixed field, skipped over.
    mutating func span() throws -> Range<Int> {
        let count = try int()
        guard count >= 0, bytes.count - offset >= count else { throw Damaged() }
        defer { offset += count }
        return offset..<(offset + count)
    }

    mutating func list<Element>(_ read: (inout EntryReader) throws -> Element) throws -> [Element] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try read(&self)) }
        return elements
    }
}
