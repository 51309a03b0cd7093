/// Text held LZ4-compressed in memory and made whole again each time it is read: how the
/// preview, which keeps every page of its site from one build to the next, holds each page's
/// HTML (`PageParser`).
struct CompressedText: Sendable {
    private let bytes: [UInt8]
    private let count: Int

    init(_ text: String) {
        var text = text
        count = text.utf8.count
        // Copied out of `compress`'s buffer, which is as large as the text could compress to.
        bytes = text.withUTF8 { LZ4Block.compress(Array($0)) }.withUnsafeBufferPointer { Array($0) }
    }

    var text: String {
        // Bytes this value compressed itself, never changed since: they always decompress.
        guard let whole = bytes.withUnsafeBytes({ LZ4Block.decompress($0, count: count) }) else {
            preconditionFailure("compressed text that does not decompress")
        }
        return String(decoding: whole, as: UTF8.self)
    }
}
