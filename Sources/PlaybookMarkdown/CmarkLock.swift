import CCmarkGFM
import Synchronization

/// The one lock around cmark-gfm.
///
/// cmark-gfm 0.29 keeps a process-global special-character table that every parse changes,
/// and `cmark_gfm_core_extensions_ensure_registered()` has a non-atomic guard: two threads
/// parsing at once corrupt each other's output. Every parser call (creating, feeding,
/// finishing and freeing a parser) goes through `withCmark`, in one hold per page. A finished
/// document is owned by one conversion and touches no global state, so walking, changing and
/// rendering it run outside the lock, so the lock holds for only part of a conversion.
enum CmarkLock {
    private static let mutex = Mutex<Bool>(false)

    /// The extensions every conversion attaches, as the list `cmark_render_html` takes: made
    /// once and only read after, so a document renders without its parser, which is freed in
    /// the same hold of the lock as it parsed, so each page takes the lock once. Lives as long
    /// as the process.
    nonisolated(unsafe) static let htmlExtensions: UnsafeMutablePointer<cmark_llist>? = withCmark {
        var list: UnsafeMutablePointer<cmark_llist>?
        for name in MarkdownConverter.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                list = cmark_llist_append(cmark_get_default_mem_allocator(), list, UnsafeMutableRawPointer(syntaxExtension))
            }
        }
        return list
    }

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
