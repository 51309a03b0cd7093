import CCmarkGFM
import Synchronization

/// The one lock around cmark-gfm.
///
/// cmark-gfm 0.29 keeps a process-global special-character table that every parse changes,
/// and `cmark_gfm_core_extensions_ensure_registered()` has a non-atomic guard: two threads
/// parsing at once corrupt each other's output. Every parser call (creating, feeding,
/// finishing and freeing a parser) goes through `withCmark`. A finished document is owned
/// by one conversion and touches no global state, so walking, changing and rendering it run
/// outside the lock: the lock holds for about a third of a conversion, not all of it.
enum CmarkLock {
    private static let mutex = Mutex<Bool>(false)

    static func withCmark<T>(_ body: () throws -> T) rethrows -> T {
        try mutex.withLock { registered in
            if !registered {
                cmark_gfm_core_extensions_ensure_registered()
                registered = true
            }
            return try body()
        }
    }
}
