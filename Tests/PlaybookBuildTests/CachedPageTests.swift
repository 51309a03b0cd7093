import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookModel

/// A cache entry's payload reads back as it was written: the outline with its search sections
/// at once, each part of the bulk alone; bytes that do not fit read back as nothing.
@Suite struct CachedPageTests {
    /// "a" in a title, and a term longer than eight bytes in a heading.
    static let terms = PackedTerms(keys: [0x61 << 56 | 1], long: Array("abcdefghij".utf8) + [2])

    static let parsed: ParsedPage = {
        let source = SourcePage(sourcePath: "content/articles/a.md", kind: .article, key: "articles/a", language: "en",
                                frontMatter: FrontMatter(title: "A"), body: "", bodyStartLine: 4)
        return ParsedPage(source: source, folder: "articles/a/", html: "<p>Été, 倾听.</p>",
                          headings: [PageHeading(level: 2, text: "One", id: "one")], links: [], tasks: TaskCount(total: 2, done: 1),
                          searchSections: [SearchSection(heading: nil, anchor: nil, excerpt: "Été", terms: Self.terms)])
    }()

    @Test func theEntryHoldsThePagesPartOfTheOutline() {
        #expect(Self.entry.outline.pageOutline == KeptPages.pageOutline(of: Self.parsed))
    }

    static let entry: CachedPage = {
        let source = SourcePage(sourcePath: "content/articles/a.md", kind: .article, key: "articles/a", language: "en",
                                frontMatter: FrontMatter(title: "A"), body: "", bodyStartLine: 4)
        let parsed = ParsedPage(source: source, folder: "articles/a/", html: "<p>Été, 倾听.</p>",
                                headings: [PageHeading(level: 2, text: "One", id: "one")], links: [], tasks: TaskCount(total: 2, done: 1),
                                searchSections: [SearchSection(heading: nil, anchor: nil, excerpt: "Été", terms: Self.terms)])
        return CachedPage(parsed, handbookHTML: [("en", "articles-a", "<p id=\"articles-a--x\">Été</p>"), ("zh", "articles-a", "")],
                          dependencies: [ParseDependency(question: .link("b.md"), answer: "=articles/b")])
    }()

    @Test func aPayloadReadsBackPartByPart() throws {
        let payload = Self.entry.payload
        try payload.withUnsafeBytes { bytes in
            let outline = try #require(CachedPage.outline(of: bytes))
            #expect(outline.headings == Self.entry.outline.headings && outline.tasks == Self.entry.outline.tasks)
            #expect(outline.handbookIds.map(\.language) == ["en", "zh"])
            #expect(outline.pageOutline.count == 32 && outline.pageOutline == Self.entry.outline.pageOutline,
                    "the page's part of the site's outline, as KeptPages makes it from the page")
            #expect(outline.searchSections.map(\.excerpt) == ["Été"] && outline.searchSections[0].terms.keys == Self.terms.keys
                    && outline.searchSections[0].terms.long == Self.terms.long)
            #expect(CachedPage.part(.html, of: bytes) == "<p>Été, 倾听.</p>")
            #expect(CachedPage.part(.handbook(0), of: bytes) == "<p id=\"articles-a--x\">Été</p>")
            #expect(CachedPage.part(.handbook(1), of: bytes) == "")
            #expect(CachedPage.part(.handbook(2), of: bytes) == nil)
            #expect(CachedPage.part(.handbook(-1), of: bytes) == nil)
        }
    }

    @Test func aPayloadCutShortReadsBackAsNothing() {
        let payload = Self.entry.payload
        for cut in [1, 8, payload.count / 2, payload.count] {
            Array(payload.dropLast(cut)).withUnsafeBytes { bytes in
                #expect(CachedPage.outline(of: bytes) == nil, "cut by \(cut)")
                #expect(CachedPage.part(.html, of: bytes) == nil, "cut by \(cut)")
            }
        }
    }

    @Test func aDigestIsWrittenAsFormatWouldWriteIt() {
        let words: [UInt64] = [0, 1, 9, 10, 15, 0xABCD_EF01_2345_6789, 0x0F0F_F0F0_1234_5678, .max, .max - 1]
        for first in words {
            for second in words.reversed() {
                #expect(ContentDigest.hex(first, second) == String(format: "%016llx%016llx", first, second))
            }
        }
    }
}
