import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookFixtures
import PlaybookHandbook
import PlaybookModel
import PlaybookSupport

/// A build lets go of each page's Markdown after parsing and reads it again from the file only
/// to quote a broken anchor's line (`SourceQuoter`); the preview's memos keep none either.
@Suite struct DroppedBodyTests {
    static let listen = "content/articles/listen.md"

    /// A diagnostic at the line of `listen.md` that holds "Name the feeling." (its last).
    func diagnostic(on page: ParsedPage) -> Diagnostic {
        let lines = PublishingFixture.bilingual[Self.listen]!.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.contains("Name the feeling.") }! + 1
        return .error("no heading", at: SourceLocation(file: Self.listen, line: line, column: 1))
    }

    func page(_ path: String, in site: ResolvedSite) throws -> ParsedPage {
        try #require(site.languages.flatMap(\.pages).first { $0.source.sourcePath == path })
    }

    @Test func aParsedPageReadsItsMarkdownAgainAsItWas() throws {
        let fixture = try PublishingFixture(PublishingFixture.bilingual)
        defer { fixture.remove() }
        let site = try #require(fixture.resolve().0)
        let parsed = try page(Self.listen, in: site)
        #expect(parsed.source.body.isEmpty, "the parsed page still holds its Markdown")
        let quoted = SourceQuoter(root: fixture.root).quoting([diagnostic(on: parsed)], pages: [parsed])
        #expect(quoted.first?.sourceLine?.hasSuffix("Name the feeling.") == true)
    }

    @Test(arguments: ["edited", "deleted"])
    func aFileChangedSinceItWasParsedIsNotTakenForIt(_ change: String) throws {
        let fixture = try PublishingFixture(PublishingFixture.bilingual)
        defer { fixture.remove() }
        let site = try #require(fixture.resolve().0)
        let url = fixture.root.appendingPathComponent(Self.listen)
        if change == "edited" {
            try Data(PublishingFixture.bilingual[Self.listen]!.replacing("Name the feeling.", with: "Name it.").utf8).write(to: url)
        } else {
            try FileManager.default.removeItem(at: url)
        }
        let parsed = try page(Self.listen, in: site)
        let quoted = SourceQuoter(root: fixture.root).quoting([diagnostic(on: parsed)], pages: [parsed])
        #expect(quoted.first?.sourceLine == nil, "a line of a file changed since its parse was quoted")
    }

    /// The memo of loaded pages keeps no Markdown: a page whose file is unchanged is converted
    /// again (here because a new page changed the URL map) from its body read again.
    @Test func thePreviewKeepsNoMarkdownAndReadsItAgainWhenItConvertsAPageAgain() throws {
        let fixture = try PublishingFixture(PublishingFixture.bilingual)
        defer { fixture.remove() }
        let cache = BuildCache()
        let builder = SiteBuilder(options: BuildOptions(root: fixture.root), cache: cache)
        let first = try page(Self.listen, in: try #require(builder.check().site))
        cache.finishBuild()
        #expect(first.source.body.isEmpty, "the preview's parsed page still holds its Markdown")
        #expect(first.html.contains("Name the feeling."))
        try Data("---\ntitle: Breathe\n---\nIn, then out.\n".utf8).write(to: fixture.root.appendingPathComponent("content/articles/breathe.md"))
        let again = try page(Self.listen, in: try #require(builder.check().site))
        cache.finishBuild()
        #expect(again.html == first.html)
        #expect(again.source == first.source)
    }

    /// The handbook's copy of a page is rendered while parsing, from the same conversion as the
    /// page: a page saved after its parse changes neither, and the build still writes.
    @Test func aPageEditedAfterItsParseIsPublishedAsParsedInPageAndHandbook() throws {
        let fixture = try PublishingFixture(PublishingFixture.bilingual)
        defer { fixture.remove() }
        let options = BuildOptions(root: fixture.root)
        let theme = ThemeLoader.load(root: fixture.root).0
        let checked = SiteBuilder(options: options).check(theme: theme, makingHandbook: true)
        try Data(PublishingFixture.bilingual[Self.listen]!.replacing("Name the feeling.", with: "Name it.").utf8)
            .write(to: fixture.root.appendingPathComponent(Self.listen))
        let files = PageRenderer(theme: theme, root: fixture.root, cache: nil).render(try #require(checked.site), assets: checked.assets, search: []).0.all
        try SiteWriter(output: options.output).write(files)
        #expect(fixture.text(at: "handbook/index.html")?.contains("Name the feeling.") == true)
        #expect(fixture.text(at: "handbook/index.html")?.contains("Name it.") == false)
        #expect(fixture.text(at: "articles/listen/index.html")?.contains("Name the feeling.") == true)
    }

    /// Only builds make handbook copies; a handbook rendered from a check's pages says so.
    @Test func aHandbookWithoutCopiesFailsToWrite() throws {
        let fixture = try PublishingFixture(PublishingFixture.bilingual)
        defer { fixture.remove() }
        let theme = ThemeLoader.load(root: fixture.root).0
        let checked = SiteBuilder(options: BuildOptions(root: fixture.root)).check(theme: theme)
        let files = PageRenderer(theme: theme, root: fixture.root, cache: nil).render(try #require(checked.site), assets: checked.assets, search: []).0.all
        #expect(throws: MissingHandbookCopy.self) { try SiteWriter(output: BuildOptions(root: fixture.root).output).write(files) }
    }
}
