import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookModel

/// `playbook build` keeps each page's conversion in `.site.cache/` (`PageStore`): after every
/// kind of edit, a build from the cache must write the output of a clean `--no-cache` build,
/// byte for byte, converting only the pages the edit touched.
@Suite struct BuildCacheTests {
    static let files = [
        "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
        "content/articles/a.md": page("Listen", "tags: [calm]\npillars: [humanized]",
                                      body: "## One\n\nSee [b](b.md#two) and [the check](../checklists/c.md).[^1]\n\n[^1]: Note."),
        "content/articles/b.md": page("Recall", body: "## Two\n\nText, with a [link back](a.md#one)."),
        "content/articles/a.zh.md": page("倾听", body: "## 一\n\n共情，见 [b](b.md#two)。"),
        "content/checklists/c.md": page("Check", body: "## Before\n\n- [ ] Breathe\n- [x] Listen\n"),
        "content/phrases/p.md": page("Phrases", body: "## Sorry\n\n> Instead of: No.\n>\n> I will call you back.\n"),
    ]

    /// Builds `site` from its cache into its own output, and clean into a second folder; the two
    /// must hold the same files with the same bytes and report the same diagnostics.
    @discardableResult
    func expectSameAsCleanBuild(_ site: FixtureSite, binary: String = "binary 1", _ comment: Comment, failing: Bool = false,
                                notes: Int = 0, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildResult {
        var options = BuildOptions(root: site.root, includeDrafts: true, baseURL: "/", usesCache: true)
        options.binaryIdentity = binary
        let cached = SiteBuilder(options: options).build()
        let cleanOutput = site.root.appendingPathComponent("clean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cleanOutput) }
        let clean = SiteBuilder(options: BuildOptions(root: site.root, output: cleanOutput, includeDrafts: true, baseURL: "/")).build()
        #expect(cached.diagnostics == clean.diagnostics, comment, sourceLocation: sourceLocation)
        #expect(cached.didWrite == clean.didWrite, comment, sourceLocation: sourceLocation)
        #expect(cached.didWrite == !failing, "\(comment): \(cached.diagnostics)", sourceLocation: sourceLocation)
        #expect(cached.notes.count == notes, "\(cached.notes)", sourceLocation: sourceLocation)
        if clean.didWrite { try expectSameFiles(site.output, as: cleanOutput, comment, sourceLocation: sourceLocation) }
        return cached
    }

    /// The cache folder's files and their bytes.
    func cacheSnapshot(_ site: FixtureSite) throws -> [String: Data] {
        try FixtureSite.files(under: BuildOptions(root: site.root).cacheFolder)
    }

    @Test func everyKindOfEditBuildsTheCleanBuildsOutputFromTheCache() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let first = try expectSameAsCleanBuild(site, "first build")
        #expect(first.pagesFromCache == 0 && first.pagesConverted == 5)
        #expect(try cacheSnapshot(site)[".gitignore"] == Data("*\n".utf8), "git ignores the cache without being told")

        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nText, edited, with a [link back](a.md#one)."))
        let bodyEdit = try expectSameAsCleanBuild(site, "a body edit")
        #expect(bodyEdit.pagesFromCache == 4 && bodyEdit.pagesConverted == 1, "only the edited page is converted")
        #expect(bodyEdit.filesKept == (try keepableCount(site)) - 2, "every file but the edited page's own and the search chunk of its documents is kept")

        try site.write("content/articles/b.md", page("Recall the details", body: "## Two\n\nText, edited, with a [link back](a.md#one)."))
        let titleEdit = try expectSameAsCleanBuild(site, "a title edit")
        #expect(titleEdit.pagesConverted == 1)
        #expect(titleEdit.filesKept == 0, "every page lists or links the title")

        // a.md and a.zh.md link to b.md#two: their conversions stay, the anchor check fails.
        try site.write("content/articles/b.md", page("Recall the details", body: "## Three\n\nThe anchor is gone."))
        let broken = try expectSameAsCleanBuild(site, "a broken anchor", failing: true)
        #expect(broken.pagesConverted == 1)
        try site.write("content/articles/b.md", page("Recall the details", body: "## Two\n\nFixed."))
        try expectSameAsCleanBuild(site, "the anchor fixed")

        // A link to a page that does not exist, then the page.
        try site.write("content/checklists/c.md", page("Check", body: "## Before\n\n- [ ] Read [the new page](../articles/d.md)\n"))
        try expectSameAsCleanBuild(site, "a link to a missing page", failing: true)
        try site.write("content/articles/d.md", page("New page", "tags: [calm]", body: "Back to [the check](../checklists/c.md)."))
        let newPage = try expectSameAsCleanBuild(site, "the new page")
        #expect(newPage.pagesConverted == 2, "the new page, and the page whose link now leads to it")

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/d.md"))
        try site.write("content/checklists/c.md", page("Check", body: "## Before\n\n- [ ] Breathe\n"))
        try expectSameAsCleanBuild(site, "a deleted page")

        try site.write("content/articles/b.zh.md", page("回忆", body: "## Two\n\n回到 [a](a.md)。"))
        let newTranslation = try expectSameAsCleanBuild(site, "a new translation")
        // b's copy in the Chinese handbook goes, and a.zh.md's link now leads to b.zh.md.
        #expect(newTranslation.pagesConverted >= 2)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/a.zh.md"))
        try expectSameAsCleanBuild(site, "a deleted translation")

        try site.write("templates/partials/footer.mustache", "<footer role=\"contentinfo\"><p>Edited footer</p></footer>\n")
        try expectSameAsCleanBuild(site, "a template edit")
        let words = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates/i18n/en.yml")
        let english = try String(contentsOf: words, encoding: .utf8)
        #expect(english.contains("phrase_avoid: \"Instead of:\""))
        try site.write("templates/i18n/en.yml", english.replacingOccurrences(of: "phrase_avoid: \"Instead of:\"", with: "phrase_avoid: \"Rather than:\""))
        try expectSameAsCleanBuild(site, "the theme's words that pages hold")

        try site.write("playbook.yml", FixtureSite.minimalConfig + "languages: [en, zh]\nhandbook: [checklists, articles]\n")
        let configEdit = try expectSameAsCleanBuild(site, "a configuration edit")
        #expect(configEdit.pagesFromCache == 0, "playbook.yml is part of every entry's key")

        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nOnce more."))
        let newBinary = try expectSameAsCleanBuild(site, binary: "binary 2", "a new binary", notes: 1)
        #expect(newBinary.pagesFromCache == 0, "a new binary converts every page")
        let again = try expectSameAsCleanBuild(site, binary: "binary 2", "nothing edited")
        #expect(again.isUpToDate)
    }

    /// A page's file is kept only as the last build left it: one changed by hand is rendered again.
    @Test func aPageFileChangedByHandIsRenderedAgain() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nEdited, with a [link back](a.md#one)."))
        let keepable = try keepableCount(site)
        #expect(try expectSameAsCleanBuild(site, "a body edit").filesKept == keepable - 2, "all but b's page and search chunk")
        for path in ["site/checklists/c/index.html", "site/phrases/p/index.html"] {
            try site.write(path, "changed by hand")
        }
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nEdited again, with a [link back](a.md#one)."))
        let again = try expectSameAsCleanBuild(site, "files changed by hand")
        #expect(again.filesKept == keepable - 2 - 2, "c and p are rendered again")
    }

    /// A front matter field the outline left out would let a page keep a file that lists
    /// another page's old value of it.
    @Test func theOutlineHoldsEveryFrontMatterField() {
        #expect(Mirror(reflecting: FrontMatter()).children.count == KeptPages.frontMatterFields)
    }

    /// A page file whose identity is the one the last build recorded is not read again
    /// (`KnownSources`): a touch reads it again, and new bytes are seen even with the size and
    /// the modification time put back, by the change time.
    @Test func aPageFileIsReadAgainWhenItsIdentityChanges() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let path = site.root.appendingPathComponent("content/articles/b.md").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: path)
        #expect(try expectSameAsCleanBuild(site, "touched without a change").pagesConverted == 0, "same bytes, same entry")

        var before = stat()
        #expect(stat(path, &before) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "Text,", with: "Txet,").utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_ino == before.st_ino)
        let sameSize = try expectSameAsCleanBuild(site, "new bytes of the same size, the modification time put back")
        #expect(sameSize.pagesConverted == 1)
    }

    /// A translation's status compares the version it records with its source's body: a
    /// source not read again (`KnownSources`) is read for it.
    @Test func aTrackedTranslationsSourceIsReadForItsStatus() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        try site.write("content/articles/b.zh.md", page("回忆", "translationOf: \(SourceVersion.of("Old text.\n"))", body: "## Two\n\n回到 [a](a.md)。"))
        let outdated = try expectSameAsCleanBuild(site, "a translation of an older version of its source")
        #expect(outdated.diagnostics.contains { $0.severity == .warning && $0.location?.file == "content/articles/b.zh.md" })
    }

    @Test func theCacheHoldsOnlyWhatTheLastBuildUsed() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        #expect(try cacheSnapshot(site).keys.filter { $0.hasSuffix(".page") }.count == 5)
        var last: BuildResult?
        for edit in 1...3 {
            try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nEdit \(edit)."))
            last = try expectSameAsCleanBuild(site, "edit \(edit)")
        }
        let files = try cacheSnapshot(site)
        #expect(files.keys.filter { $0.hasSuffix(".page") }.count == 5, "old versions of b.md's entry are gone")
        let size = try #require(last?.cacheBytes)
        let records = files.filter { $0.key != "format" && $0.key != ".gitignore" }
        #expect(size > 0 && size == records.values.reduce(0) { $0 + $1.count })
    }

    @Test func aFailedBuildLeavesTheSiteAndTheCacheAsTheyWere() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let (output, cache) = (try site.snapshot(), try cacheSnapshot(site))
        // An edit the cache would keep, and a mistake that fails the build.
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nA new body."))
        try site.write("content/articles/e.md", page("Broken", body: "[gone](missing.md)"))
        var options = BuildOptions(root: site.root, includeDrafts: true, baseURL: "/", usesCache: true)
        options.binaryIdentity = "binary 1"
        let failed = SiteBuilder(options: options).build()
        #expect(failed.hasErrors && !failed.didWrite)
        #expect(try site.snapshot() == output)
        #expect(try cacheSnapshot(site) == cache)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/e.md"))
        let fixed = try expectSameAsCleanBuild(site, "fixed")
        #expect(fixed.pagesConverted == 1)
    }

    /// The entries' link answers are taken as they are while the URL map is the one the last
    /// commit recorded (`PageStore.answersHold`), and asked again otherwise.
    @Test func linkAnswersAreAskedAgainOnlyWhenTheMapChanged() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let links = BuildOptions(root: site.root).cacheFolder.appendingPathComponent(LinksRecord.fileName)
        let recorded = try String(contentsOf: links, encoding: .utf8)

        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nA body edit."))
        let bodyEdit = try expectSameAsCleanBuild(site, "a body edit, the map as it was")
        #expect(bodyEdit.pagesConverted == 1)
        #expect(try String(contentsOf: links, encoding: .utf8) == recorded, "the same map")

        // a.zh.md's link to b.md led to the English page; now to the new translation.
        try site.write("content/articles/b.zh.md", page("回忆", body: "## Two\n\n回到 [a](a.md)。"))
        let translation = try expectSameAsCleanBuild(site, "a new translation, so a new map")
        #expect(translation.pagesConverted >= 2, "the translation, and a.zh.md whose link now leads to it")
        #expect(try String(contentsOf: links, encoding: .utf8) != recorded)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/b.zh.md"))
        let back = try expectSameAsCleanBuild(site, "the translation deleted: the first map again, not the recorded one")
        #expect(back.pagesConverted >= 1)
        #expect(try String(contentsOf: links, encoding: .utf8) == recorded)

        try FileManager.default.removeItem(at: links)
        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nAnother body edit."))
        let unrecorded = try expectSameAsCleanBuild(site, "no record: every answer asked again")
        #expect(unrecorded.pagesConverted == 1 && unrecorded.pagesFromCache == 4)
        #expect(FileManager.default.fileExists(atPath: links.path))
    }
}
