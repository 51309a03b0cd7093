import Synchronization
import Testing
@testable import PlaybookSearch
import PlaybookSupport

@Suite struct SharedResultTests {
    /// A search index is built once for its two files and not held after the second.
    @Test func madeOnceForItsUsesAndLetGoAfterTheLast() {
        let made = Mutex(0)
        let shared = SharedResult(uses: 2) {
            made.withLock { $0 += 1 }
            return Box()
        }
        let first = shared.take()
        weak let released = first
        #expect(shared.take() === first)
        #expect(made.withLock { $0 } == 1)
        _ = consume first
        #expect(released == nil, "the shared result still holds the value after its last use")
        _ = shared.take()
        #expect(made.withLock { $0 } == 2, "a use past the last makes it again")
    }

    /// Uses on every core at once still make it once.
    @Test func concurrentUsesShareOneValue() {
        let made = Mutex(0)
        let shared = SharedResult(uses: 64) {
            made.withLock { $0 += 1 }
            return 42
        }
        let values = Array(0..<64).concurrentMap { _ in shared.take() }
        #expect(values == Array(repeating: 42, count: 64))
        #expect(made.withLock { $0 } == 1)
    }

    private final class Box: Sendable {}
}
