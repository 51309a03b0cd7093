import Foundation
import Testing
@testable import PlaybookBuild

/// A build from the cache makes each handbook from the last build's file, rendering only the
/// articles of pages converted again (`HandbookRecord`); the file must be the clean build's.
extension BuildCacheTests {
    static let handbookFiles = [
        "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\nhandbook: [articles, checklists]\n",
        "content/articles/alpha.md": page("Alpha", body: "## One\n\nFirst, see [gamma](gamma.md#three)."),
        "content/articles/beta.md": page("Beta", body: "## Two\n\nSecond, with a [link back](alpha.md#one)."),
        "content/articles/gamma.md": page("Gamma", body: "## Three\n\nThird.[^1]\n\n[^1]: Note."),
        "content/articles/alpha.zh.md": page("阿尔法", body: "## 一\n\n见 [beta](beta.md#two)。"),
        "content/checklists/last.md": page("Last", body: "## Before\n\n- [ ] Breathe\n"),
    ]

    @Test func aHandbookIsMadeFromTheLastBuildsFile() throws {
        let site = try FixtureSite(Self.handbookFiles)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        try expectArticlesRecorded(site, count: 4)

        let edits: [(String, String, String)] = [
            ("a body edit in the middle", "content/articles/beta.md", page("Beta", body: "## Two\n\nSecond, edited, [back](alpha.md#one).")),
            ("a body edit of the first article", "content/articles/alpha.md", page("Alpha", body: "## One\n\nFirst, edited: [gamma](gamma.md#three).")),
            ("a body edit of the last article", "content/checklists/last.md", page("Last", body: "## Before\n\n- [x] Breathe\n- [ ] Listen\n")),
            ("a body edit of a translation", "content/articles/alpha.zh.md", page("阿尔法", body: "## 一\n\n改了，见 [beta](beta.md#two)。")),
            ("a body edit much longer than before", "content/articles/gamma.md",
             page("Gamma", body: "## Three\n\n" + String(repeating: "Third, much longer. ", count: 500) + "[^1]\n\n[^1]: Note.")),
            ("a title edit", "content/articles/beta.md", page("Bravo", body: "## Two\n\nSecond, edited, [back](alpha.md#one).")),
            ("a new page", "content/articles/delta.md", page("Delta", body: "## Four\n\nNew.")),
        ]
        for (comment, path, text) in edits {
            try site.write(path, text)
            try expectSameAsCleanBuild(site, Comment(rawValue: comment))
            try expectArticlesRecorded(site, count: path.hasSuffix("delta.md") ? 5 : 4)
        }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/delta.md"))
        try expectSameAsCleanBuild(site, "a deleted page")
        try site.write("content/articles/beta.md", page("Bravo", body: "## Two\n\nAnd the first edit after a deleted page."))
        try expectSameAsCleanBuild(site, "a body edit after a deleted page")
        try expectArticlesRecorded(site, count: 4)
    }

    /// A handbook changed by hand is rendered whole: its articles are no longer where the record has them.
    @Test func aHandbookChangedByHandIsRenderedWhole() throws {
        let site = try FixtureSite(Self.handbookFiles)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let handbook = site.output.appendingPathComponent("handbook/index.html")
        try Data("changed by hand".utf8).write(to: handbook)
        try site.write("content/articles/beta.md", page("Beta", body: "## Two\n\nAn edit, so that the build runs."))
        try expectSameAsCleanBuild(site, "a handbook changed by hand")
    }

    /// A handbook changed by hand in place, its size and modification time as they were, is
    /// not trusted either: its articles' bytes are never copied out of it unchecked.
    @Test func aHandbookChangedInPlaceIsRenderedWhole() throws {
        let site = try FixtureSite(Self.handbookFiles)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let handbook = site.output.appendingPathComponent("handbook/index.html")
        let modified = try FileManager.default.attributesOfItem(atPath: handbook.path)[.modificationDate] as! Date
        let text = try String(contentsOf: handbook, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "Third.", with: "THIRD.")
        #expect(changed != text && changed.utf8.count == text.utf8.count)
        let file = try FileHandle(forWritingTo: handbook)
        try file.write(contentsOf: Data(changed.utf8))
        try file.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: handbook.path)
        try site.write("content/articles/beta.md", page("Beta", body: "## Two\n\nAn edit, so that the build runs."))
        try expectSameAsCleanBuild(site, "a handbook changed in place")
    }

    /// Every article the record has starts where an article starts and ends where one ends.
    func expectArticlesRecorded(_ site: FixtureSite, count: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let record = try #require(HandbookRecord.load(from: BuildOptions(root: site.root).cacheFolder), sourceLocation: sourceLocation)
        #expect(Set(record.books.keys) == ["handbook/index.html", "zh/handbook/index.html"], sourceLocation: sourceLocation)
        for (path, book) in record.books {
            let bytes = try Data(contentsOf: site.output.appendingPathComponent(path))
            #expect(book.size == bytes.count, sourceLocation: sourceLocation)
            #expect(book.articles.count == count, "\(path)", sourceLocation: sourceLocation)
            for article in book.articles {
                let text = String(decoding: bytes[article.bytes], as: UTF8.self)
                #expect(text.hasPrefix("<article ") && text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</article>"), "\(path): \(text)", sourceLocation: sourceLocation)
            }
        }
    }
}
