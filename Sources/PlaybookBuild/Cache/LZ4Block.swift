import CLZ4

/// LZ4's block format, through Debian's liblz4: what shrinks a cache entry's HTML, handbook
/// copies and search terms (CJK terms repeat every character twice; a handbook copy repeats
/// the HTML beside it) at several hundred MB/s each way.
enum LZ4Block {
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        let bound = Int(LZ4_compressBound(Int32(bytes.count)))
        var output = [UInt8](repeating: 0, count: bound)
        let written = bytes.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                source.withMemoryRebound(to: CChar.self) { source in
                    target.withMemoryRebound(to: CChar.self) { target in
                        LZ4_compress_default(source.baseAddress, target.baseAddress, Int32(bytes.count), Int32(bound))
                    }
                }
            }
        }
        output.removeSubrange(Int(written)...)
        return output
    }

    /// The `count` bytes `compressed` holds; nil when they do not decompress to exactly that many.
    static func decompress(_ compressed: UnsafeRawBufferPointer, count: Int) -> [UInt8]? {
        guard count > 0 else { return count == 0 && compressed.isEmpty ? [] : nil }
        guard count <= Int(Int32.max), compressed.count <= Int(Int32.max) else { return nil }
        var output = [UInt8](repeating: 0, count: count)
        let read = output.withUnsafeMutableBufferPointer { target in
            target.withMemoryRebound(to: CChar.self) { target in
                LZ4_decompress_safe(compressed.baseAddress?.assumingMemoryBound(to: CChar.self), target.baseAddress,
                                    Int32(compressed.count), Int32(count))
            }
        }
        return read == count ? output : nil
    }
}
