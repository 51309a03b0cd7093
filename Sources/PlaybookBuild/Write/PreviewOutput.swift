import Foundation
import PlaybookSupport
import Synchronization

/// The preview's output folder, which only this process writes, updated in place: a changed
/// file is written beside its old self and renamed over it, so a request gets the old file or
/// the new one, never half of either; an unchanged file is left alone.
///
/// What each file holds is remembered by a digest, not by its bytes, so the preview of a large
/// site does not keep every page in memory. A stream (the handbook, a search index) has no
/// digest: it is compared with the file on disk while it is written.
///
/// `playbook build` compares with the files on disk instead, and stages every changed file
/// before it renames any into place (`SiteWriter`).
public final class PreviewOutput: Sendable {
    public let folder: URL
    /// What each file holds (nil: a stream), and whether it is site-wide.
    private let held = Mutex<[String: (digest: FileDigest?, siteWide: Bool)]>([:])

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// Writes the files whose bytes differ from what the folder holds. With `stop`, files not
    /// yet begun when it is raised are skipped, and keep what they held.
    @discardableResult
    func write(_ files: [OutputFile], siteWide: Bool = false, stop: StopFlag? = nil) throws -> SiteWriter.Summary {
        let pid = ProcessInfo.processInfo.processIdentifier
        let root = folder.path
        let known = held.withLock { $0 }
        // Not its parent: once the server has removed its scratch folder, nothing makes it again.
        if !FileManager.default.fileExists(atPath: root) { try FileCalls.makeDirectory(root) }
        let outcomes = files.concurrentMap { file in
            Result { () throws -> (digest: FileDigest?, written: Bool)? in
                if stop?.isRaised == true { return nil }
                let bytes = try file.bytes()
                let digest = FileDigest(bytes)
                if let digest, known[file.path]?.digest == digest { return (digest, false) }
                let target = root + "/" + file.path
                try Self.makeFolders(of: file.path, in: root)
                let temporary = target + ".playbook-\(pid)"
                FileCalls.remove(temporary)
                if try FileCalls.create(temporary, with: bytes, comparingWith: digest == nil ? target : nil) {
                    FileCalls.remove(temporary)
                    return (nil, false)
                }
                try FileCalls.rename(temporary, over: target)
                return (digest, true)
            }
        }
        var written = 0, unchanged = 0
        var failure: Error?
        held.withLock { held in
            for (file, outcome) in zip(files, outcomes) {
                switch outcome {
                case .success(nil): continue
                case .success(let done?):
                    held[file.path] = (done.digest, siteWide)
                    if done.written { written += 1 } else { unchanged += 1 }
                case .failure(let error):
                    held[file.path] = nil
                    failure = failure ?? error
                }
            }
        }
        if let failure { throw failure }
        return SiteWriter.Summary(written: written, unchanged: unchanged)
    }

    /// Removes every page (or site-wide file) a build made before that is not among `paths`
    /// (a deleted page, a search shard no longer made).
    func keepOnly(_ paths: Set<String>, siteWide: Bool) {
        let gone = held.withLock { held in
            let gone = held.filter { $0.value.siteWide == siteWide && !paths.contains($0.key) }.map(\.key)
            for path in gone { held[path] = nil }
            return gone
        }
        for path in gone { FileCalls.remove(folder.path + "/" + path) }
    }

    private static func makeFolders(of path: String, in root: String) throws {
        var folder = Substring(path)
        var missing: [Substring] = []
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            if FileManager.default.fileExists(atPath: root + "/" + folder) { break }
            missing.append(folder)
        }
        for folder in missing.reversed() {
            do {
                try FileCalls.makeDirectory(root + "/" + folder)
            } catch where FileManager.default.fileExists(atPath: root + "/" + folder) {
                continue  // made by another file of the same folder meanwhile
            }
        }
    }
}

/// A file's bytes, told apart from any other's: their count and a 64-bit hash. Nil for a
/// stream, whose bytes exist only while it is written.
struct FileDigest: Hashable, Sendable {
    let count: Int
    let hash: Int

    init?(_ bytes: FileBytes) {
        guard let count = bytes.knownCount else { return nil }
        var hasher = Hasher()
        try? bytes.forEachChunk { hasher.combine(bytes: $0) }
        self.count = count
        hash = hasher.finalize()
    }
}

/// Raised to stop a preview build that a newer save has made pointless; the build checks it
/// between files and stages, and stops there.
public final class StopFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    public func raise() { raised.store(true, ordering: .relaxed) }
    public var isRaised: Bool { raised.load(ordering: .relaxed) }
}
