import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookModel

/// A cache that cannot be trusted (a damaged entry or record, a folder that is not a build
/// cache, an older format) is ignored with a note, never used; without the cache, or after a
/// failed first build, there is none.
extension BuildCacheTests {
    @Test func aDamagedRecordOfThePageFilesIsIgnoredWithANote() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let record = BuildOptions(root: site.root).cacheFolder.appendingPathComponent(KnownSources.fileName)
        var bytes = try Data(contentsOf: record)
        bytes[bytes.count - 2] ^= 0x20
        try bytes.write(to: record)
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nAn edit, so that the build runs."))
        let damaged = try expectSameAsCleanBuild(site, "a damaged record", notes: 1)
        #expect(damaged.notes.first?.contains("damaged record") == true)
        #expect(damaged.pagesConverted == 1)
    }

    /// A cache another binary made is not used, and its records are not even read: a damaged
    /// one gives no note of its own, only the note that the cache is replaced.
    @Test func theRecordsOfAnotherBinarysCacheAreNotRead() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        for name in [KnownSources.fileName, "search-en"] {
            let record = BuildOptions(root: site.root).cacheFolder.appendingPathComponent(name)
            var bytes = try Data(contentsOf: record)
            bytes[bytes.count / 2] ^= 0x20
            try bytes.write(to: record)
        }
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nAn edit, so that the build runs."))
        let other = try expectSameAsCleanBuild(site, binary: "binary 2", "another binary", notes: 1)
        #expect(other.notes.first?.contains("made by another playbook binary") == true)
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nAnother edit."))
        let again = try expectSameAsCleanBuild(site, binary: "binary 2", "its own cache again", notes: 0)
        #expect(again.pagesConverted == 1)
    }

    /// A damaged record of the search terms is ignored with a note: the terms are gathered
    /// from every page again, and recorded anew.
    @Test func aDamagedRecordOfTheSearchTermsIsIgnoredWithANote() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let record = BuildOptions(root: site.root).cacheFolder.appendingPathComponent("search-en")
        var bytes = try Data(contentsOf: record)
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: record)
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nAn edit with a new word: zebra."))
        let damaged = try expectSameAsCleanBuild(site, "a damaged record", notes: 1)
        #expect(damaged.notes.first?.contains("damaged record of the search terms") == true)
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nAnother edit, the zebra gone."))
        try expectSameAsCleanBuild(site, "the record made again", notes: 0)
    }

    @Test func aFailedFirstBuildMakesNoCache() throws {
        let site = try FixtureSite(["playbook.yml": FixtureSite.minimalConfig, "content/articles/a.md": page("A", body: "[gone](missing.md)")])
        defer { site.remove() }
        #expect(SiteBuilder(options: BuildOptions(root: site.root, usesCache: true)).build().hasErrors)
        #expect(!FileManager.default.fileExists(atPath: BuildOptions(root: site.root).cacheFolder.path))
    }

    @Test(arguments: ["flipped byte", "cut short", "emptied"])
    func aDamagedEntryIsIgnoredWithANote(damage: String) throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let folder = BuildOptions(root: site.root).cacheFolder
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".page") }
        for entry in entries {
            let url = folder.appendingPathComponent(entry)
            var bytes = try Data(contentsOf: url)
            switch damage {
            case "flipped byte": bytes[bytes.count / 2] ^= 0x20
            case "cut short": bytes = bytes.prefix(bytes.count - 3)
            default: bytes = Data()
            }
            try bytes.write(to: url)
        }
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nAn edit, so that the build runs."))
        var options = BuildOptions(root: site.root, includeDrafts: true, baseURL: "/", usesCache: true)
        options.binaryIdentity = "binary 1"
        let damaged = SiteBuilder(options: options).build()
        #expect(damaged.pagesFromCache == 0)
        #expect(damaged.notes.filter { $0.contains("damaged entry") }.count == 4, "one note for each damaged entry still needed")
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nAnother edit."))
        let repaired = try expectSameAsCleanBuild(site, "after the damaged entries were replaced")
        #expect(repaired.pagesFromCache == 4)
    }

    @Test func aFolderThatIsNoBuildCacheIsLeftAlone() throws {
        let site = try FixtureSite(Self.files.merging([".site.cache/notes.txt": "mine"]) { $1 })
        defer { site.remove() }
        let result = SiteBuilder(options: BuildOptions(root: site.root, usesCache: true)).build()
        #expect(result.didWrite && result.cacheBytes == nil)
        #expect(result.notes.contains { $0.contains("is not a build cache") })
        #expect(try cacheSnapshot(site) == ["notes.txt": Data("mine".utf8)])
    }

    @Test func anOlderCacheIsReplacedWithANote() throws {
        let site = try FixtureSite(Self.files.merging([
            ".site.cache/format": "playbook build cache, format 0\n",
            ".site.cache/0123456789abcdef0123456789abcdef.page": "an old entry",
        ]) { $1 })
        defer { site.remove() }
        let result = SiteBuilder(options: BuildOptions(root: site.root, usesCache: true)).build()
        #expect(result.notes.contains { $0.contains("has another format") })
        let files = try cacheSnapshot(site)
        #expect(files["0123456789abcdef0123456789abcdef.page"] == nil)
        #expect(files.keys.filter { $0.hasSuffix(".page") }.count == 5)
        #expect(String(decoding: try #require(files["format"]), as: UTF8.self).hasPrefix(PageStore.formatLine + "\n"))
    }

    @Test func withoutTheCacheNothingIsReadOrWritten() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        #expect(SiteBuilder(options: BuildOptions(root: site.root, usesCache: false)).build().cacheBytes == nil)
        #expect(!FileManager.default.fileExists(atPath: BuildOptions(root: site.root).cacheFolder.path))
    }
}
