#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PlaybookSupport

/// The output folder as one walk found it, each entry with its kind and identity: what the
/// writer compares against (`PreviousOutput`), what tells the files the build cache keeps
/// (`KeptPages`), and, brought up to date with what the commit changed (`update(after:)`), the
/// output's lines of the build stamp (`BuildStamp`), so that a build with the cache looks at
/// the output once instead of three times.
///
/// The lines it gives are those a walk after the build would give, as long as nothing but the
/// build changed the output meanwhile; should anything have, the identity it recorded for the
/// entry is no longer the entry's (the change time moves with every change), so the next
/// build's check finds the stamp stale and builds. It never makes a stale output look current.
struct OutputListing: Sendable {
    struct Entry: Sendable {
        var kind: PreviousOutput.Entry
        /// As `FileIdentity(path:)` gives it (links followed), written out as the stamp and the
        /// cache's records write it (`FileIdentity.description`: made once, on the listing's
        /// thread); nil when a link leads nowhere.
        var identity: String?
    }

    let folder: String
    /// The output folder's own identity (`Entry.identity`).
    private(set) var identity: String?
    /// Every entry under the folder, by its path relative to it.
    private(set) var entries: [String: Entry] = [:]
    /// Each listed folder's entries' names, sorted as the walks sort them; "" is the output folder.
    private var names: [String: [String]] = [:]
    /// False when the walk met a symbolic link or an entry of no known type: links make the
    /// stamp's walk (which follows them) and this listing (which does not) differ, so the stamp
    /// walks the output itself.
    private(set) var isPlain = true

    /// Nil when there is no output folder. The output's top-level entries are walked on every core.
    init?(folder: String) {
        guard PreviousOutput.entry(at: folder) == .folder, let identity = FileIdentity(path: folder) else { return nil }
        self.folder = folder
        self.identity = identity.description
        let top = Directory.identities(in: folder)
        names[""] = top.map(\.name)
        let parts = top.concurrentMap { entry in
            var part = Part()
            part.add(entry, at: entry.name, in: folder, ancestors: [identity.place])
            return part
        }
        entries.reserveCapacity(parts.reduce(0) { $0 + $1.entries.count })
        for part in parts {
            for (path, entry) in part.entries { entries[path] = entry }
            for (path, listed) in part.names { names[path] = listed }
            isPlain = isPlain && part.isPlain
        }
    }

    /// What the walk of one top-level entry found.
    private struct Part {
        var entries: [(String, Entry)] = []
        var names: [(String, [String])] = []
        var isPlain = true

        mutating func add(_ entry: (name: String, type: Int32, identity: FileIdentity?), at path: String, in root: String,
                          ancestors: Set<[UInt64]>) {
            let kind = PreviousOutput.entry(ofType: entry.type, at: root + "/" + path)
            isPlain = isPlain && (entry.type == DT_REG || entry.type == DT_DIR)
            entries.append((path, Entry(kind: kind, identity: entry.identity?.description)))
            // A folder reached again below itself (a bind mount) is listed, not entered again.
            guard kind == .folder, let identity = entry.identity, !ancestors.contains(identity.place) else { return }
            let listed = Directory.identities(in: root + "/" + path)
            names.append((path, listed.map(\.name)))
            let ancestors = ancestors.union([identity.place])
            for child in listed { add(child, at: path + "/" + child.name, in: root, ancestors: ancestors) }
        }
    }

    /// The output's lines of the build stamp (`BuildStamp`), as its walk of the output gives
    /// them; nil when the listing is not plain. Each top-level entry's lines are made on a core
    /// of their own.
    func stampLines(as name: String) -> [String]? {
        guard isPlain else { return nil }
        let parts = (names[""] ?? []).concurrentMap { top in
            var lines: [String] = []
            func add(_ path: String) {
                let entry = entries[path]
                lines.append(name + "/" + path + " " + (entry?.identity ?? "missing"))
                guard entry?.kind == .folder else { return }
                for child in names[path] ?? [] { add(path + "/" + child) }
            }
            add(top)
            return lines
        }
        return [name + " " + (identity ?? "missing")] + parts.joined()
    }

    /// Brings the listing up to date with what a commit changed (`StagedSite.Change`): each
    /// path it removed, made or renamed into place is looked at again, and so is each of their
    /// folders, whose times the change moved. Each folder's names are sorted once, however
    /// many of its entries changed.
    mutating func update(after change: StagedSite.Change) {
        guard case .files(let changes) = change else {
            if case .whole = change { self = OutputListing(folder: folder) ?? self }
            return
        }
        let touched = Set(changes.inTheWay + changes.newFolders + changes.moves.map(\.path) + changes.stale.map(\.path))
        var added: [String: [String]] = [:], removed: [String: Set<String>] = [:]
        // Parents first, so that a folder made by the commit is listed before what it holds.
        for path in touched.sorted(by: { $0.utf8.count < $1.utf8.count }) {
            let (parent, name) = Self.split(path)
            let kind = PreviousOutput.entry(at: folder + "/" + path), before = entries[path]?.kind
            if let before, before != kind {
                remove(path)
                removed[parent, default: []].insert(name)
            }
            guard let kind else { continue }
            isPlain = isPlain && kind != .other
            if before != kind {
                added[parent, default: []].append(name)
                if kind == .folder { names[path] = [] }
            }
            entries[path] = Entry(kind: kind, identity: FileIdentity(path: folder + "/" + path)?.description)
        }
        for parent in Set(touched.map { Self.split($0).parent }) {
            if parent.isEmpty {
                identity = FileIdentity(path: folder)?.description
            } else if entries[parent]?.kind == .folder {
                entries[parent]?.identity = FileIdentity(path: folder + "/" + parent)?.description
            }
        }
        for parent in Set(added.keys).union(removed.keys) where parent.isEmpty || entries[parent]?.kind == .folder {
            let gone = removed[parent] ?? []
            names[parent] = ((names[parent] ?? []).filter { !gone.contains($0) } + (added[parent] ?? [])).sorted()
        }
    }

    /// The folder `path` is in ("" for the output folder) and its name in it.
    private static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// Takes `path` and whatever is under it out of the listing (not out of its folder's names).
    private mutating func remove(_ path: String) {
        entries.removeValue(forKey: path)
        for child in names.removeValue(forKey: path) ?? [] { remove(path + "/" + child) }
    }
}
