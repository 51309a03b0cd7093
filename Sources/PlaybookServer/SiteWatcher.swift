import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches `playbook.yml`, `content/` and `templates/` by polling.
///
/// Polling a few thousand `stat` calls costs a few milliseconds and sees everything inotify
/// would, including atomic saves (new inode), new, deleted and renamed files, on any file
/// system. A change starts a quiet period: the watcher keeps looking until nothing has changed
/// for `quietPeriod`, so a burst (a `git checkout` of fifty files) gives one rebuild.
public struct SiteWatcher: Sendable {
    public let root: URL
    public var interval: Duration
    public var quietPeriod: Duration
    /// A burst that never settles still rebuilds after this long.
    public var longestWait: Duration = .seconds(2)

    public static let watchedPaths = ["playbook.yml", "content", "templates"]

    public init(root: URL, interval: Duration = .milliseconds(50), quietPeriod: Duration = .milliseconds(30)) {
        self.root = root
        self.interval = interval
        self.quietPeriod = quietPeriod
    }

    /// Calls `onChange` once per settled change until the task is cancelled.
    public func watch(onChange: @Sendable () async -> Void) async {
        await watch(from: snapshot(), onChange: onChange)
    }

    /// The same, counting changes from an earlier snapshot.
    func watch(from baseline: [String: FileStamp], onChange: @Sendable () async -> Void) async {
        var last = baseline
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var current = snapshot()
            guard current != last else { continue }
            let start = ContinuousClock.now
            while ContinuousClock.now - start < longestWait, !Task.isCancelled {
                try? await Task.sleep(for: quietPeriod)
                let again = snapshot()
                if again == current { break }
                current = again
            }
            last = current
            if Task.isCancelled { return }
            await onChange()
        }
    }

    /// Every watched file, by path relative to the root.
    func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for path in Self.watchedPaths { scan(root.path + "/" + path, relative: path, into: &stamps) }
        return stamps
    }

    private func scan(_ path: String, relative: String, into stamps: inout [String: FileStamp]) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name == "." || name == ".." || EditorScratchFile.matches(name) { continue }
                scan(path + "/" + name, relative: relative + "/" + name, into: &stamps)
            }
        } else {
            // A symbolic link counts by its target, so editing a linked file is seen too;
            // links to folders are not followed (no loops).
            var target = stat()
            if (info.st_mode & S_IFMT) == S_IFLNK, stat(path, &target) == 0, (target.st_mode & S_IFMT) != S_IFDIR { info = target }
            stamps[relative] = FileStamp(info)
        }
    }
}
