import Foundation

/// Builds on a thread of its own, never on Swift's cooperative pool.
///
/// The stages spread their work with `DispatchQueue.concurrentPerform`; started from a pool
/// thread (any `async` caller, including an `AsyncParsableCommand`'s commands) it ran on one
/// core, three times slower.
extension SiteBuilder {
    public func buildOnOwnThread() async -> BuildResult {
        await withCheckedContinuation { continuation in
            Self.start { continuation.resume(returning: build()) }
        }
    }

    /// For synchronous callers inside an async context: blocks until the build has finished.
    public func buildOnOwnThreadAndWait() -> BuildResult {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Self.start {
            box.result = build()
            done.signal()
        }
        done.wait()
        return box.result!
    }

    private static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 8 << 20  // like the main thread's: templates and deep Markdown recurse
        thread.start()
    }
}

/// Hands one result from the build thread to the waiting one; the semaphore orders the accesses.
private final class ResultBox: @unchecked Sendable {
    var result: BuildResult?
}
