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
        return decompress(compressed, prefix: count, of: count)
    }

    /// The first `prefix` of the `count` bytes `compressed` holds, decoding no further; nil when
    /// it does not decompress that far. (The part wanted of a cache entry's bulk, without the rest.)
    static func decompress(_ compressed: UnsafeRawBufferPointer, prefix: Int, of count: Int) -> [UInt8]? {
        guard prefix > 0, prefix <= count, count <= Int(Int32.max), compressed.count <= Int(Int32.max) else { return nil }
        let output = [UInt8](unsafeUninitializedCapacity: prefix) { target, initialized in
            let read = target.withMemoryRebound(to: CChar.self) { target in
                LZ4_decompress_safe_partial(compressed.baseAddress?.assumingMemoryBound(to: CChar.self), target.baseAddress,
                                            Int32(compressed.count), Int32(prefix), Int32(prefix))
            }
            initialized = read == prefix ? prefix : 0
        }
        return output.count == prefix ? output : nil
    }
}
