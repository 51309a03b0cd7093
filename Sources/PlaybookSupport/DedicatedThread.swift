import Foundation

/// Runs blocking work that spreads over every core (`concurrentMap`) on a thread of its own,
/// for async callers: started from a thread of Swift's cooperative pool, the work would run on
/// one core. The thread has the main thread's stack size, since templates and deep Markdown
/// recurse.
public enum DedicatedThread {
    public static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
