import Testing
@testable import PlaybookSearch

@Suite struct BitWriterTests {
    /// The first `count` bits of another writer's bytes, at every offset and of every length up
    /// to several 32-bit writes: the same bits as appended one at a time.
    @Test func appendedBitsAreTheOthersFirstBits() {
        var seed: UInt64 = 13
        let source = (0..<12).map { _ -> UInt8 in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 40)
        }
        for offset in 0..<9 {
            for count in 0...(8 * source.count) {
                var (fast, slow) = (BitWriter(), BitWriter())
                fast.write(0b1011_0110, bits: offset)
                slow.write(0b1011_0110, bits: offset)
                source.withUnsafeBufferPointer { fast.append($0, bits: count) }
                for bit in 0..<count { slow.write(UInt64(source[bit / 8] >> UInt8(7 - bit % 8) & 1), bits: 1) }
                #expect(fast.count == slow.count)
                #expect(fast.flush() == slow.flush(), "offset \(offset), \(count) bits")
            }
        }
    }
}
