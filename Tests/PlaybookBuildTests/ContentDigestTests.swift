import Foundation
import Testing
@testable import PlaybookBuild

/// The cache's digest tells apart what it must: any byte changed at any place of a large
/// buffer (each lane and the tail), the same bytes cut into other parts, and order.
struct ContentDigestTests {
    @Test func everyChangedByteChangesTheDigest() {
        var bytes = [UInt8]((0..<1_003).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let digest = { bytes.withUnsafeBytes { var digest = ContentDigest(); digest.add($0); return digest.description } }
        let original = digest()
        #expect(original == digest(), "the same bytes, the same digest")
        var seen: Set<String> = [original]
        for place in 0..<bytes.count {
            bytes[place] ^= 1 << UInt8(place % 8)
            #expect(seen.insert(digest()).inserted, "a flipped bit at \(place)")
            bytes[place] ^= 1 << UInt8(place % 8)
        }
    }

    @Test func partsAreFramedAndOrdered() {
        #expect(ContentDigest("ab", "c") != ContentDigest("a", "bc"))
        #expect(ContentDigest("ab", "c") != ContentDigest("c", "ab"))
        #expect(ContentDigest("", "") != ContentDigest(""))
        #expect(ContentDigest("ab", "c") == ContentDigest("ab", "c"))
        #expect(ContentDigest("ab", "c").description.count == 32)
    }
}
