import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookModel

/// A page taken from its entry reads its HTML and handbook copies from the entry only when
/// asked (`StoredParts`); an entry damaged after its outline was read gives them by converting
/// the page again, never wrong bytes.
extension BuildCacheTests {
    private func cachedOptions(_ site: FixtureSite) -> BuildOptions {
        var options = BuildOptions(root: site.root, includeDrafts: true, baseURL: "/", usesCache: true)
        options.binaryIdentity = "binary 1"
        return options
    }

    /// The parse stage's pages, through `store` when given one.
    private func parsed(_ site: FixtureSite, store: PageStore?) -> [ParsedPage] {
        let options = cachedOptions(site)
        return SiteBuilder(options: options).check(theme: ThemeLoader.load(root: site.root).0, makingHandbook: true, store: store).parsed
    }

    /// Cuts every entry of the cache short by `count` bytes.
    private func cutEntries(_ site: FixtureSite, by count: Int) throws {
        let folder = BuildOptions(root: site.root).cacheFolder
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder.path) where entry.hasSuffix(".page") {
            let url = folder.appendingPathComponent(entry)
            try Data(contentsOf: url).dropLast(count).write(to: url)
        }
    }

    @Test func entriesDamagedAfterTheirOutlinesWereReadGiveThePagesByConvertingThemAgain() throws {
        let site = try FixtureSite(Self.handbookFiles)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        let clean = parsed(site, store: nil)
        var notes: [String] = []
        let store = try #require(PageStore(options: cachedOptions(site), notes: &notes))
        let fromCache = parsed(site, store: store)
        #expect(store.pageCounts.hits == 5)
        try cutEntries(site, by: 3)

        #expect(fromCache.count == clean.count)
        for (page, cleanPage) in zip(fromCache, clean) {
            #expect(page.html == cleanPage.html, "\(page.source.sourcePath)")
            #expect(page.handbookCopies.mapValues(\.id) == cleanPage.handbookCopies.mapValues(\.id))
            for (language, copy) in cleanPage.handbookCopies {
                #expect(try page.handbookCopies[language]?.html.read() == copy.html.read(), "\(page.source.sourcePath) in \(language)")
            }
        }
        #expect(store.notes.filter { $0.contains("damaged entry") }.count == 5, "\(store.notes)")
        try store.lostPages.check()
        store.commit()

        try site.write("content/articles/beta.md", page("Beta", body: "## Two\n\nAn edit after the entries were saved again."))
        let next = try expectSameAsCleanBuild(site, "the entries converted again were saved")
        #expect(next.pagesFromCache == 4)
    }

    @Test func aDamagedEntryWhosePageChangedSinceFailsTheBuildBeforeWriting() throws {
        let site = try FixtureSite(Self.handbookFiles)
        defer { site.remove() }
        try expectSameAsCleanBuild(site, "first build")
        var notes: [String] = []
        let store = try #require(PageStore(options: cachedOptions(site), notes: &notes))
        let fromCache = parsed(site, store: store)
        try cutEntries(site, by: 1)
        try site.write("content/articles/gamma.md", page("Gamma", body: "## Three\n\nChanged while building."))

        let gamma = try #require(fromCache.first { $0.source.sourcePath == "content/articles/gamma.md" })
        #expect(gamma.html == "")
        #expect(throws: StoredParts.Lost.self) { try gamma.handbookCopies["en"]?.html.read() }
        #expect(throws: LostPages.Lost.self) { try store.lostPages.check() }
        let alpha = try #require(fromCache.first { $0.source.sourcePath == "content/articles/alpha.md" })
        #expect(alpha.html.contains("gamma"), "an unchanged page is converted again")
    }
}
