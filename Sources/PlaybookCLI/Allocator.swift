import CMimalloc
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process allocates with mimalloc (Debian's `libmimalloc`): linked into the executable
/// ahead of the C library, its `malloc` and `free` replace glibc's for Swift, Foundation and
/// cmark-gfm alike. A build allocates and frees a great many small strings and arrays on
/// every core, which mimalloc does with less CPU and less memory than glibc's allocator
/// (Benchmarks/README.md).
enum Allocator {
    /// How soon freed memory goes back to the system. A command that builds once and exits
    /// waits 20 ms: at once keeps the peak lowest but makes the system zero the same pages again
    /// and again as the next stage reuses them, and much later lets a large build's peak grow
    /// past its 600 MiB budget (Benchmarks/README.md, "Freed memory handed back after 20 ms").
    /// `serve` (`longRunning`) holds a whole site in memory across rebuilds, so it hands memory
    /// back at once.
    static func configure(longRunning: Bool) {
        mi_option_set(mi_option_decommit_delay, longRunning ? 0 : 20)
    }

    /// `mimalloc 209`, or `system malloc` if the link order ever let glibc's `malloc` win
    /// (then `malloc`'s memory is not in mimalloc's heap). `--timings` prints it.
    static var name: String {
        let probe = malloc(16)
        defer { free(probe) }
        return mi_is_in_heap_region(probe) ? "mimalloc \(mi_version())" : "system malloc"
    }
}
