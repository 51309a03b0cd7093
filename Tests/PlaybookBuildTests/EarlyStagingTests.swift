import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookSupport

/// Files staged early (`SiteWriter.stageEarly`: the handbooks, while the build plans the rest)
/// end up exactly as if staged with the rest; a build that goes no further leaves nothing.
extension SiteWriterTests {
    @Test func filesStagedEarlyAreWrittenAsTheRest() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home", "handbook/index.html": "book", "zh/handbook/index.html": "书", "old/index.html": "gone"]))
        let before = try snapshot()

        let early = writer.stageEarly(files(["handbook/index.html": "book, edited", "zh/handbook/index.html": "书"]))
        // The early files' bytes are taken as staged, never made again: these would show it.
        let rest = files(["index.html": "home, edited", "handbook/index.html": "made again", "zh/handbook/index.html": "made again"])
        let summary = try writer.stage(rest, early: early).commit()

        #expect(summary == SiteWriter.Summary(written: 2, unchanged: 1))
        let after = try snapshot()
        #expect(after["handbook/index.html"]?.0 == Data("book, edited".utf8) && after["index.html"]?.0 == Data("home, edited".utf8))
        #expect(after["zh/handbook/index.html"]?.1 == before["zh/handbook/index.html"]?.1, "unchanged, untouched")
        #expect(after["old/index.html"] == nil, "what the site no longer has is gone")
        #expect(try leftovers().isEmpty)
    }

    @Test func earlyStagingOfABuildThatGoesNoFurtherLeavesNothing() throws {
        let writer = SiteWriter(output: site)
        try writer.write(files(["index.html": "home", "handbook/index.html": "book"]))
        let before = try snapshot()
        let early = writer.stageEarly(files(["handbook/index.html": "book, edited"]))
        early.discard()
        #expect(try leftovers().isEmpty)
        #expect(try snapshot().mapValues(\.0) == before.mapValues(\.0))

        // A site whose file is also a folder fails the stage; the early files go with it.
        let again = writer.stageEarly(files(["handbook/index.html": "book, edited"]))
        #expect(throws: SiteWriter.FileAndFolder.self) {
            try writer.stage(files(["handbook/index.html": "book, edited", "handbook": "a file"]), early: again)
        }
        #expect(try leftovers().isEmpty)
    }

    @Test func withoutAPreviousOutputNothingIsStagedEarly() throws {
        let early = SiteWriter(output: site).stageEarly(files(["handbook/index.html": "book"]))
        guard case .nothing = early.staged() else { Issue.record("staged without a previous output"); return }
        #expect(try leftovers().isEmpty)
        let summary = try SiteWriter(output: site).stage(files(["handbook/index.html": "book"]), early: early).commit()
        #expect(summary == SiteWriter.Summary(written: 1, unchanged: 0))
        #expect(try snapshot()["handbook/index.html"]?.0 == Data("book".utf8))
    }
}
