#if canImport(Glibc)
import Glibc

/// Linux inotify used as a doorbell: it tells the watcher *that* something changed in a
/// watched folder, at once and without scanning; the snapshot comparison still decides
/// *what* changed, so a missed or overflowed event costs at most the watcher's safety rescan.
/// `@unchecked Sendable`: one watcher task at a time owns it, and it holds only a descriptor.
public final class ChangeDoorbell: @unchecked Sendable {
    private let descriptor: Int32
    /// The watches added so far.
    private var watches: Set<Int32> = []

    private static let events = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    public init?() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Watches these folders; a folder already watched keeps its watch (inotify makes this
    /// idempotent). True when one of them was not watched before: a change made in it before
    /// now rang nothing.
    @discardableResult
    public func watch(_ folders: [String]) -> Bool {
        var added = false
        for folder in folders {
            let watch = inotify_add_watch(descriptor, folder, Self.events)
            if watch >= 0, watches.insert(watch).inserted { added = true }
        }
        return added
    }

    /// True if anything happened since the last call; never blocks.
    public func rang() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16384)
        var any = false
        while read(descriptor, &buffer, buffer.count) > 0 { any = true }
        return any
    }
}
#else
/// Without inotify the watcher polls.
/// `@unchecked Sendable`: it holds nothing.
public final class ChangeDoorbell: @unchecked Sendable {
    public init?() { return nil }
    @discardableResult
    public func watch(_ folders: [String]) -> Bool { false }
    public func rang() -> Bool { true }
}
#endif
