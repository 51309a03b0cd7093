import Foundation
import PlaybookSupport

/// Watches `playbook.yml`, `content/` and `templates/`.
///
/// What changed is decided by comparing snapshots (path → `FileIdentity`), which sees
/// in-place writes, editors' atomic saves (a new inode), new, deleted and renamed files, on
/// any file system. On Linux, inotify says *when* to take a snapshot, so an idle server costs
/// nothing and a save is seen within `interval`; elsewhere the watcher polls every
/// `pollInterval`. Either way a full comparison also runs every `safetyInterval`. A change
/// starts a quiet period: the watcher waits until nothing has changed for `quietPeriod`, so a
/// burst (a `git checkout` of many files) gives one rebuild.
public struct SiteWatcher: Sendable {
    public let root: URL
    public var interval: Duration
    public var quietPeriod: Duration
    public var pollInterval: Duration = .milliseconds(50)
    public var safetyInterval: Duration = .seconds(2)
    /// A burst that never settles still rebuilds after this long.
    public var longestWait: Duration = .seconds(2)

    public static let watchedPaths = ["playbook.yml", "content", "templates"]

    /// A save is seen within `interval`; `quietPeriod` is longer than the gaps inside an
    /// editor's save or a `git checkout`, and short enough to be a small part of the time from
    /// a save to the reload.
    public init(root: URL, interval: Duration = .milliseconds(10), quietPeriod: Duration = .milliseconds(20)) {
        self.root = root
        self.interval = interval
        self.quietPeriod = quietPeriod
    }

    /// Calls `onChange` once per settled change, with the paths (relative to the root) of the
    /// files that changed, appeared or went, until the task is cancelled.
    public func watch(onChange: @Sendable (Set<String>) async -> Void) async {
        await watch(from: snapshot(), onChange: onChange)
    }

    /// The same, counting changes from an earlier snapshot.
    func watch(from baseline: [String: FileIdentity], onChange: @Sendable (Set<String>) async -> Void) async {
        let doorbell = ChangeDoorbell()
        var last = baseline
        var lastComparison = ContinuousClock.now - safetyInterval  // compare at once: changes since the baseline
        while !Task.isCancelled {
            try? await Task.sleep(for: doorbell == nil ? max(interval, pollInterval) : interval)
            let rang = doorbell?.rang() ?? true
            guard rang || ContinuousClock.now - lastComparison >= safetyInterval else { continue }
            lastComparison = ContinuousClock.now
            var current = look(doorbell)
            guard current != last else { continue }
            let start = ContinuousClock.now
            while ContinuousClock.now - start < longestWait, !Task.isCancelled {
                try? await Task.sleep(for: quietPeriod)
                // With inotify, a quiet period in which nothing rang needs no second scan.
                if let doorbell, !doorbell.rang() { break }
                let again = look(doorbell)
                if again == current { break }
                current = again
            }
            let changed = Self.changes(from: last, to: current)
            last = current
            if Task.isCancelled { return }
            await onChange(changed)
        }
    }

    static func changes(from old: [String: FileIdentity], to new: [String: FileIdentity]) -> Set<String> {
        Set(new.filter { old[$0.key] != $0.value }.keys).union(old.keys.filter { new[$0] == nil })
    }

    /// A snapshot, watching every folder it walked (new folders included). A folder watched
    /// for the first time may have gained a file after it was scanned and before its watch was
    /// added, which rang nothing: then the folders are scanned again, now that they are watched.
    private func look(_ doorbell: ChangeDoorbell?) -> [String: FileIdentity] {
        while true {
            var stamps: [String: FileIdentity] = [:]
            var folders: [String] = [root.path]
            for path in Self.watchedPaths { scan(root.path + "/" + path, relative: path, into: &stamps, folders: &folders) }
            guard doorbell?.watch(folders) == true else { return stamps }
        }
    }

    /// Every watched file, by path relative to the root.
    func snapshot() -> [String: FileIdentity] {
        look(nil)
    }

    private func scan(_ path: String, relative: String, into stamps: inout [String: FileIdentity], folders: inout [String]) {
        // A symbolic link counts by its target, so editing a linked file is seen too.
        guard let (identity, isFolder) = FileIdentity.watched(at: path) else { return }
        if isFolder {
            folders.append(path)
            for (name, _) in Directory.entries(of: path) where !EditorScratchFile.matches(name) {
                scan(path + "/" + name, relative: relative + "/" + name, into: &stamps, folders: &folders)
            }
        } else {
            stamps[relative] = identity
        }
    }
}
