import Foundation
import PlaybookModel
import PlaybookSupport
import PlaybookTheme
import Synchronization

/// `playbook build`'s persistent cache: each page's conversion, kept in a folder beside the
/// output (`.site.cache/` for `site/`) so that the next build converts only the pages that
/// changed.
///
/// An entry is a file named by the digest of everything the conversion depends on that is
/// known before converting: the page's source bytes and place, the binary, the options,
/// playbook.yml and the theme's words that conversion writes (`context`). What it depends on
/// that is known only while converting, where each link leads and the page's handbook
/// anchors, is kept inside the entry with the answers it got (`ParseDependency`) and asked
/// again before the entry is used, unless the URL map and the handbook anchors are those the
/// last commit recorded (`answersHold`). A page whose conversion gave
/// diagnostics gets no entry, so a build from the cache reports exactly what a clean build does.
///
/// Every entry carries a checksum; one that does not check out is ignored with a note. A
/// build writes new entries into a staging folder and moves them in, removing the entries
/// it did not use, only once the site is written (`commit`); a failed build leaves the
/// cache as it was (`discard`). Deleting the folder is always safe.
final class PageStore: Sendable {
    /// The `format` file starts with it; a folder without one is not ours and is never touched.
    static let marker = "playbook build cache"
    static let formatLine = marker + ", format 5"
    private static let suffix = ".page"

    let folder: URL
    /// `folder`'s path, made once: entries are read by path thousands of times a build.
    private let folderPath: String
    /// Beside the folder, so that a failed first build leaves no folder behind.
    private let staging: URL
    /// `staging`'s path, made once: a build that converts every page reads each one's HTML back from there.
    private let stagingPath: String
    private let hasStaging = Mutex(false)
    /// The digest of what every entry depends on.
    let context: String
    /// The `format` file's text this build writes.
    private let formatText: String
    /// Entries this build used or made, by name, with their size in bytes.
    private let used = Mutex<[String: Int]>([:])
    private let madeEntries = Mutex<Set<String>>([])
    private let noteList = Mutex<[String]>([])
    private let counts = Mutex((hits: 0, conversions: 0))
    /// The site's outline, each keepable file's entry and the files kept with their recorded
    /// lines, for the `KeptPages` record `commit` leaves.
    let keepableFiles = Mutex<(outline: String, files: [(path: String, entry: String)], kept: [String: String])?>(nil)
    /// The output folder the build writes.
    private let output: URL
    /// What this build read from each page file, for the `KnownSources` record `commit` leaves.
    private let sourceRecords = Mutex<[String: KnownSources.Known]>([:])
    /// Each page's entry this build, by source path, and whether the page was taken from it.
    private let pageEntries = Mutex<[String: (name: String, hit: Bool)]>([:])
    /// The handbooks this build writes, for the `HandbookRecord` `commit` leaves.
    let handbooks = HandbookRecorder()
    /// The digest of this build's URL map and handbook anchors (`answersHold`), for the `links` record `commit` leaves.
    private let mapDigest = Mutex<String?>(nil)
    /// Each language's search index terms, for the `SearchRecord` `commit` leaves.
    let searchTerms = SearchTermsRecorder()
    /// The folder holds a cache this binary made, in this format: the build can take pages from it.
    let isCurrent: Bool

    /// Nil when the folder holds something that is not a build cache: it is left alone and
    /// the build runs without one (`notes` says so).
    init?(folder: URL, output: URL, binary: String, contextParts: [String], notes: inout [String]) {
        self.folder = folder
        folderPath = folder.path
        self.output = output
        staging = folder.deletingLastPathComponent()
            .appendingPathComponent("\(folder.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        stagingPath = staging.path
        formatText = Self.formatLine + "\nbinary " + binary + "\n"
        var digest = ContentDigest(Self.formatLine, binary)
        for part in contextParts { digest.add(part) }
        context = digest.description
        let formatFile = folder.appendingPathComponent("format")
        let found = try? String(contentsOf: formatFile, encoding: .utf8)
        isCurrent = found == formatText
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        guard let found, found.hasPrefix(Self.marker) else {
            notes.append("\(folder.path) is not a build cache: building without one (delete it to let playbook make one)")
            return nil
        }
        if !found.hasPrefix(Self.formatLine + "\n") {
            notes.append("the build cache in \(folder.path) has another format: not used, and replaced")
        } else if found != formatText {
            notes.append("the build cache in \(folder.path) was made by another playbook binary: not used, and replaced")
        }
    }

    /// The entry's name for `page`, whose file's bytes have `source` as their digest, converted
    /// under `parseContext` (what else the parse stage was given).
    func name(for page: SourcePage, source: String, parseContext: String) -> String {
        ContentDigest(context, parseContext, page.sourcePath, page.kind?.rawValue ?? "", page.key, page.language, source).description
    }

    /// The outline of the entry named `name` (with its search sections) and the entry's size,
    /// when the whole entry checks out; a damaged one gets a note unless `quietly` (an entry
    /// the build can do without). Its bulk is left on disk, for `part(_:ofEntry:)`. The
    /// entry is kept by `commit` only once the build takes its page from it (`use`).
    func entry(named name: String, quietly: Bool = false) -> (outline: CachedPage.Outline, bytes: Int)? {
        let path = entryPath(name)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let outline = ChecksummedFile.entry.withPayload(of: data, CachedPage.outline(of:)) else {
            if !quietly { noteDamaged(path) }
            return nil
        }
        return (outline, data.count)
    }

    /// Keeps the entry named `name` (`bytes` long) past `commit`: its page was taken from it,
    /// every question it records having got the same answer again. An entry read but not
    /// used is removed at the commit unless saved again, so that every entry the folder holds
    /// afterwards had its answers given under the map that commit records (`answersHold`).
    func use(_ name: String, bytes: Int) {
        used.withLock { $0[name] = bytes }
    }

    /// A part of the bulk of the entry named `name`, read again and checked again; nil (with a
    /// note) when it no longer checks out. An entry this build made is read from the staging
    /// folder until `commit` has moved it in.
    func part(_ part: CachedPage.Part, ofEntry name: String) -> String? {
        let staged = stagingPath + "/" + name + Self.suffix
        let made = madeEntries.withLock { $0.contains(name) } && FileManager.default.fileExists(atPath: staged)
        let path = made ? staged : entryPath(name)
        guard let data = FileManager.default.contents(atPath: path), let text = ChecksummedFile.entry.withPayload(of: data, { CachedPage.part(part, of: $0) })
        else {
            noteDamaged(path)
            return nil
        }
        return text
    }

    private func entryPath(_ name: String) -> String {
        folderPath + "/" + name + Self.suffix
    }

    private func noteDamaged(_ path: String) {
        note("ignored a damaged entry of the build cache (\(path))")
    }

    /// Adds a note for the person building (`notes`).
    func note(_ text: String) {
        noteList.withLock { $0.append(text) }
    }

    /// Whether every answer the entries record is still the one this build gives: a link's
    /// target is a function of its text, its page's folder and language, the configuration and
    /// the binary (all but the map in the entry's name) and the URL map; a handbook anchor, of
    /// the handbook anchors; `map` is the digest of both. True when the last commit recorded
    /// the same digest under the same context: every entry it left had its answers given or
    /// checked under them. Notes `map` for this build's commit.
    func answersHold(underMap map: String) -> Bool {
        mapDigest.withLock { $0 = map }
        return LinksRecord.holds(in: folder, context: context, map: map)
    }

    /// What the last successful build read from each page file, if this cache's context is
    /// the one it was read under (a cache another binary made is not read: it never is).
    func knownSources() -> KnownSources {
        guard isCurrent else { return KnownSources(files: [:]) }
        let (known, damaged) = KnownSources.load(from: folder, context: context)
        if damaged { note("ignored the build cache's damaged record of the page files (\(folder.path))") }
        return known
    }

    /// Keeps what this build read from each page file, by source path, for the next build.
    func noteSources(_ records: [String: KnownSources.Known]) {
        sourceRecords.withLock { $0 = records }
    }

    /// Counts a page taken from its entry, or converted.
    func count(hit: Bool) {
        counts.withLock { hit ? ($0.hits += 1) : ($0.conversions += 1) }
    }

    /// Notes that `page` was taken from the entry `name`, or converted and saved as it, with the
    /// digest of its part of the site's outline that the entry holds.
    func note(_ page: SourcePage, entry name: String, hit: Bool, pageOutline: String) {
        pageEntries.withLock { $0[page.sourcePath] = (name, hit) }
        pageOutlines.withLock { $0[page.sourcePath] = pageOutline }
    }

    /// Each page's part of the outline as its entry holds it, by source path (`KeptPages.outline`).
    let pageOutlines = Mutex<[String: String]>([:])

    var entries: [String: (name: String, hit: Bool)] { pageEntries.withLock { $0 } }

    /// How many pages this build took from their entries, and how many it converted.
    var pageCounts: (hits: Int, conversions: Int) { counts.withLock { $0 } }

    /// Keeps `entry` as `name`, in the staging folder until `commit()`; false (with a note) when
    /// it cannot be written.
    @discardableResult
    func save(_ entry: CachedPage, named name: String) -> Bool {
        let bytes = ChecksummedFile.entry.bytes(of: entry.payload)
        let ready = hasStaging.withLock { made in
            if !made { made = (try? FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)) != nil }
            return made
        }
        guard ready, (try? FileCalls.create(staging.appendingPathComponent(name + Self.suffix).path, with: .data(Data(bytes)))) != nil else {
            note("cannot write to the build cache in \(folder.path)")
            return false
        }
        madeEntries.withLock { _ = $0.insert(name) }
        used.withLock { $0[name] = bytes.count }
        return true
    }

    /// The pages lost this build (`StoredParts`): checked before the site is written.
    let lostPages = LostPages()

    /// Notes for the person building: entries ignored, a cache of another binary replaced.
    var notes: [String] {
        var seen: Set<String> = []
        return noteList.withLock { $0 }.filter { seen.insert($0).inserted }
    }

    /// After a successful build: moves the new entries in, removes those it did not use and
    /// records the page files and the kept pages. Returns the cache's size on disk in bytes.
    @discardableResult
    func commit() -> Int {
        let made = madeEntries.withLock { $0 }
        let kept = used.withLock { $0 }
        LinksRecord.remove(from: folder)
        var entriesInPlace = false
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let formatFile = folder.appendingPathComponent("format")
            if (try? String(contentsOf: formatFile, encoding: .utf8)) != formatText {
                try Data(formatText.utf8).write(to: formatFile, options: .atomic)
                // Git leaves the folder out even in a playbook whose .gitignore does not name it.
                try Data("*\n".utf8).write(to: folder.appendingPathComponent(".gitignore"), options: .atomic)
            }
            for name in made {
                try FileCalls.rename(staging.appendingPathComponent(name + Self.suffix).path, over: folder.appendingPathComponent(name + Self.suffix).path)
            }
            entriesInPlace = true
        } catch {
            note("cannot update the build cache in \(folder.path): \(error.localizedDescription)")
        }
        discard()
        // The records and the removal of unused entries touch files of their own: on every core.
        let keepable = keepableFiles.withLock { $0 }, sources = sourceRecords.withLock { $0 }, terms = searchTerms.kept
        let searchBytes = [0, 1, 2, 3, 4].concurrentMap { task -> Int in
            switch task {
            case 0: keepable.map { KeptPages.record(outline: $0.outline, files: $0.files, kept: $0.kept, output: output, in: folder) }
            case 1: handbooks.record(in: folder)
            case 2: KnownSources.record(sources, context: context, in: folder)
            case 3: return SearchRecord.record(terms, context: context, in: folder)
            default:
                for (name, _) in Directory.entries(of: folder.path) where name.hasSuffix(Self.suffix) {
                    if kept[String(name.dropLast(Self.suffix.count))] == nil { FileCalls.remove(folder.appendingPathComponent(name).path) }
                }
            }
            return 0
        }.reduce(0, +)
        if entriesInPlace, let map = mapDigest.withLock({ $0 }) { LinksRecord.record(context: context, map: map, in: folder) }
        let records = [KeptPages.fileName, KnownSources.fileName, HandbookRecord.fileName, LinksRecord.fileName].compactMap { name in
            (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path))?[.size] as? Int
        }
        return kept.values.reduce(0, +) + records.reduce(0, +) + searchBytes
    }

    /// After a failed build: the entries it made go, the cache stays as it was.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
