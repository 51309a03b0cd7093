import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookSupport

/// The output listed once before a write and brought up to date with what the commit changed
/// gives the lines a new listing of the output gives, whatever the commit did: files edited,
/// added and removed, folders made and removed, a file where a folder was and the reverse.
extension SiteWriterTests {
    /// Writes `contents` over the site as a build does (listing it first, as the writer's
    /// previous output), brings that listing up to date and returns it with a new one.
    func listedAround(_ contents: [String: String]) throws -> (updated: OutputListing, fresh: OutputListing) {
        var listing = try #require(OutputListing(folder: site.path))
        let staged = try SiteWriter(output: site).stage(files(contents), listed: PreviousOutput(listing))
        try staged.commit()
        listing.update(after: staged.change)
        return (listing, try #require(OutputListing(folder: site.path)))
    }

    @Test func aListingBroughtUpToDateIsTheOutputsListing() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home", "a/index.html": "a", "a/b/index.html": "ab", "a-b.html": "x",
                                "old/deep/index.html": "gone", "search/1.js": "1", "search/2.js": "2"]))
        let steps: [[String: String]] = [
            // One file edited, in a folder of siblings that stay.
            ["index.html": "home", "a/index.html": "a, edited", "a/b/index.html": "ab", "a-b.html": "x",
             "old/deep/index.html": "gone", "search/1.js": "1", "search/2.js": "2"],
            // A folder tree gone, new folders beside ones named alike, a file added among others.
            ["index.html": "home", "a/index.html": "a, edited", "a/b/index.html": "ab", "a-b.html": "x", "a.html": "new",
             "c/d/e/index.html": "new", "search/1.js": "1", "search/2.js": "2", "search/0.js": "0"],
            // A file where a folder was, a folder where a file was.
            ["index.html": "home", "a": "a file now", "a-b.html/index.html": "a folder now", "search/1.js": "1"],
        ]
        for (number, contents) in steps.enumerated() {
            let (updated, fresh) = try listedAround(contents)
            let lines = try #require(updated.stampLines(as: "output"), "step \(number)")
            #expect(lines == fresh.stampLines(as: "output"), "step \(number)")
            #expect(lines.count == fresh.entries.count + 1, "step \(number): every entry once, and the folder")
            #expect(Set(updated.entries.keys) == Set(fresh.entries.keys), "step \(number)")
        }
    }

    @Test func anOutputWithASymbolicLinkGivesNoStampLines() throws {
        try SiteWriter(output: site).write(files(["index.html": "home", "a/index.html": "a"]))
        #expect(OutputListing(folder: site.path)?.stampLines(as: "output")?.count == 4)
        try FileManager.default.createSymbolicLink(atPath: site.path + "/link", withDestinationPath: "a")
        let listing = try #require(OutputListing(folder: site.path))
        #expect(listing.stampLines(as: "output") == nil, "the stamp's walk follows links; the listing does not")
        #expect(listing.entries["link"]?.kind == .other && listing.entries["link/index.html"] == nil)
        #expect(OutputListing(folder: site.path + "/missing") == nil)
    }
}
