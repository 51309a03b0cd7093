import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookModel
import PlaybookSupport

/// `playbook build` with nothing changed stops after checking its stamp; any change to an
/// input, the options or the output makes it build again.
struct BuildStampTests {
    func makeSite() throws -> FixtureSite {
        try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig,
            "content/articles/a.md": page("A", body: "## One\n\nSee [b](b.md)."),
            "content/articles/b.md": page("B"),
        ])
    }

    @Test func aSecondBuildWithNothingChangedIsUpToDateAndTouchesNothing() throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = site.build()
        #expect(first.didWrite && !first.isUpToDate)
        let before = try site.snapshot()
        let second = site.build()
        #expect(second.isUpToDate)
        #expect(second.pageCount == first.pageCount && second.fileCount == first.fileCount)
        #expect(try site.snapshot() == before)
    }

    @Test func anEditedSourceIsSeenEvenWithItsOldSizeAndModificationTime() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = site.build()
        let path = site.root.appendingPathComponent("content/articles/b.md").path
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        try site.write("content/articles/b.md", page("C"))  // same length as "B"
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        let rebuilt = site.build()
        #expect(!rebuilt.isUpToDate)
        #expect(try site.html(at: "articles/b/index.html").contains("<title>C · "))
    }

    /// The stamp holds the inputs as they were before the build read them, so a save that
    /// lands while the build runs (after the listing) makes the next build run again.
    @Test func aSourceSavedDuringTheBuildIsBuiltAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        let stamp = BuildStamp(options: BuildOptions(root: site.root))
        let listedBefore = stamp.inputs()
        try site.write("content/articles/b.md", page("Saved during the build"))
        let result = SiteBuilder(options: BuildOptions(root: site.root)).buildStoring()
        stamp.record(result, inputs: listedBefore)
        #expect(stamp.unchangedResult(inputs: stamp.inputs()) == nil)
        stamp.record(result, inputs: stamp.inputs())
        #expect(stamp.unchangedResult(inputs: stamp.inputs())?.isUpToDate == true, "the same stamp with nothing saved meanwhile")
    }

    /// A build with the cache writes the output's lines of its stamp from its own listing of
    /// the output (`OutputListing`), brought up to date after its commit: they are the lines a
    /// walk of the output after the build gives, after an edit, a new page and a removed one.
    @Test func theStampFromTheBuildsListingIsTheStampOfAWalk() throws {
        let site = try makeSite()
        defer { site.remove() }
        var options = BuildOptions(root: site.root, usesCache: true)
        options.binaryIdentity = "test"
        _ = SiteBuilder(options: options).build()
        let stamp = BuildStamp(options: options)
        for change in [{ try site.write("content/articles/b.md", page("B", body: "Edited.")) },
                       { try site.write("content/articles/c.md", page("C")) },
                       { try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/c.md")) }] {
            try change()
            let inputs = stamp.inputs()
            var result = SiteBuilder(options: options).buildStoring()
            #expect(result.outputListing != nil)
            stamp.record(result, inputs: inputs)
            let fromListing = try String(contentsOf: stamp.file, encoding: .utf8)
            result.outputListing = nil
            stamp.record(result, inputs: inputs)
            #expect(try String(contentsOf: stamp.file, encoding: .utf8) == fromListing)
        }
    }

    /// The check gives each content file's identity as the loader would look it up, names
    /// with spaces included; other inputs give none.
    @Test func theCheckGivesEachContentFilesIdentity() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.write("content/articles/a b  c.md", page("Spaces"))
        var identities: [String: String] = [:]
        _ = BuildStamp(options: BuildOptions(root: site.root)).inputs(contentIdentities: &identities)
        #expect(identities.keys.sorted() == ["content/articles", "content/articles/a b  c.md", "content/articles/a.md", "content/articles/b.md"])
        for (path, identity) in identities {
            #expect(identity == FileIdentity(path: site.root.path + "/" + path)?.description, "\(path)")
        }
    }

    @Test func aDamagedOutputIsRebuilt() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = site.build()
        let built = try site.snapshot()
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("articles/a/index.html"))
        try site.write("site/articles/b/index.html", "tampered")
        let rebuilt = site.build()
        #expect(!rebuilt.isUpToDate)
        #expect(try site.snapshot() == built)
    }

    @Test func newTemplatesAndOtherOptionsBuildAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = site.build()
        try site.write("templates/partials/footer.mustache", "<footer role=\"contentinfo\">Ours</footer>\n")
        #expect(!site.build().isUpToDate)
        #expect(site.build().isUpToDate)
        #expect(!site.build(drafts: true).isUpToDate, "other options, another build")
    }

    @Test func anEditedConfigurationBuildsAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = site.build()
        #expect(site.build().isUpToDate)
        try site.write("playbook.yml", "title: Renamed Playbook\ndescription: A playbook for tests.\n")
        let rebuilt = site.build()
        #expect(!rebuilt.isUpToDate)
        #expect(try site.html(at: "articles/a/index.html").contains("<title>A · Renamed Playbook</title>"))
        #expect(site.build().isUpToDate)
    }

    @Test func anotherBaseURLBuildsAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        let build = { (baseURL: String?) in SiteBuilder(options: BuildOptions(root: site.root, baseURL: baseURL)).build() }
        _ = build(nil)
        #expect(build(nil).isUpToDate)
        #expect(!build("https://one.example.com/").isUpToDate, "a base URL where there was none")
        #expect(try site.html(at: "feed.xml").contains("<id>https://one.example.com/</id>"))
        #expect(build("https://one.example.com/").isUpToDate)
        #expect(!build("https://two.example.com/playbook/").isUpToDate, "another base URL")
        #expect(try site.html(at: "feed.xml").contains("<id>https://two.example.com/playbook/</id>"))
        #expect(!build(nil).isUpToDate, "no base URL where there was one")
        #expect(!site.exists("feed.xml"))
    }

    @Test func anAddedOrDeletedPageBuildsAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = site.build()
        // Into a folder that has pages already, so that content/ itself is left as it was.
        try site.write("content/articles/new.md", page("New"))
        let added = site.build()
        #expect(!added.isUpToDate)
        #expect(site.exists("articles/new/index.html"))
        #expect(site.build().isUpToDate)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/new.md"))
        let deleted = site.build()
        #expect(!deleted.isUpToDate)
        #expect(!site.exists("articles/new/index.html"))
        #expect(deleted.pageCount == added.pageCount - 1)
    }

    @Test func aBuildWithWarningsIsNeverSkippedSoItsWarningsShowAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.write("content/articles/c.md", page("C", "colour: blue"))
        let first = site.build()
        #expect(first.didWrite && !first.diagnostics.isEmpty)
        let second = site.build()
        #expect(!second.isUpToDate)
        #expect(second.diagnostics == first.diagnostics)
    }

    /// A folder large enough to fill several of readdir's buffers: each entry must be read in
    /// place (a copied `dirent` read past the buffer and crashed at 10,000 pages).
    @Test func aLargeFolderIsListed() throws {
        let site = try makeSite()
        defer { site.remove() }
        for number in 0..<600 { try site.write("content/articles/page-with-a-long-name-\(number).md", page("P\(number)")) }
        #expect(site.build().didWrite)
        #expect(site.build().isUpToDate)
        try site.write("content/articles/page-with-a-long-name-599.md", page("Edited"))
        #expect(!site.build().isUpToDate)
    }
}
