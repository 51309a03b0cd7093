import Foundation
import Testing
@testable import PlaybookBuild
import PlaybookModel

/// `playbook serve` rebuilds with a `BuildCache` into a `PreviewOutput`: after every kind of
/// edit, its output must be the output of a clean build, byte for byte, while redoing only
/// what the edit touched.
struct IncrementalBuildTests {
    /// Builds `site` twice after each edit: with the shared cache into the site's own output,
    /// and clean into a second folder; the two must hold the same files with the same bytes.
    func expectSameAsCleanBuild(_ site: FixtureSite, cache: BuildCache, preview: PreviewOutput, _ comment: Comment,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildResult {
        let options = BuildOptions(root: site.root, includeDrafts: true, baseURL: "/")
        let cached = SiteBuilder(options: options, cache: cache, preview: preview).build()
        let cleanOutput = site.root.appendingPathComponent("clean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cleanOutput) }
        var cleanOptions = options
        cleanOptions.output = cleanOutput
        let clean = SiteBuilder(options: cleanOptions).build()
        #expect(cached.diagnostics == clean.diagnostics, comment, sourceLocation: sourceLocation)
        #expect(cached.didWrite == clean.didWrite, comment, sourceLocation: sourceLocation)
        if clean.didWrite { try expectSameFiles(site.output, as: cleanOutput, comment, sourceLocation: sourceLocation) }
        return cached
    }

    @Test func everyKindOfEditGivesTheCleanBuildsOutput() throws {
        let site = try FixtureSite([
            "playbook.yml": FixtureSite.minimalConfig + "languages: [en, zh]\n",
            "content/articles/a.md": page("Listen", "tags: [calm]\npillars: [humanized]", body: "## One\n\nSee [b](b.md#two).[^1]\n\n[^1]: Note."),
            "content/articles/b.md": page("Recall", body: "## Two\n\nText."),
            "content/articles/a.zh.md": page("倾听", body: "## 一\n\n共情。"),
            "content/checklists/c.md": page("Check", body: "## Before\n\n- [ ] Breathe\n"),
        ])
        defer { site.remove() }
        let cache = BuildCache(), preview = PreviewOutput(folder: site.output)
        _ = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "first build")

        try site.write("content/articles/b.md", page("Recall", body: "## Two\n\nText, edited."))
        let bodyEdit = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "a body edit")
        // Its page, both languages' handbooks (the Chinese one shows the untranslated page too),
        // and the English search index's term shard and document chunk: the Chinese search
        // reads the English index for untranslated pages, so its own is unchanged.
        #expect(bodyEdit.fileCount - bodyEdit.unchangedFileCount == 5, "a body edit rewrites only what shows the body")

        try site.write("content/articles/b.md", page("Recall the details", body: "## Two\n\nText, edited."))
        _ = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "a title edit (lists, neighbours and links show it)")

        try site.write("content/articles/b.md", page("Recall the details", body: "## Three\n\nThe anchor a.md links to is gone."))
        let broken = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "a broken anchor")
        #expect(broken.hasErrors)

        try site.write("content/articles/b.md", page("Recall the details", body: "## Two\n\nFixed."))
        _ = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "the fix")

        try site.write("content/articles/d.md", page("New page", "tags: [calm]"))
        _ = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "a new page")

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/a.zh.md"))
        _ = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "a deleted translation")

        try site.write("templates/partials/footer.mustache", "<footer role=\"contentinfo\"><p>Edited footer</p></footer>\n")
        _ = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "a template edit")

        try site.write("playbook.yml", FixtureSite.minimalConfig + "languages: [en, zh]\nhandbook: [checklists, articles]\n")
        _ = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "a configuration edit")

        let unchanged = try expectSameAsCleanBuild(site, cache: cache, preview: preview, "no edit")
        #expect(unchanged.unchangedFileCount == unchanged.fileCount, "nothing edited, nothing written")
    }
}

/// `mine` holds the files of `clean`, a clean build's output, with the same bytes and no others.
func expectSameFiles(_ mine: URL, as clean: URL, _ comment: Comment, sourceLocation: Testing.SourceLocation) throws {
    let mine = try FixtureSite.files(under: mine), theirs = try FixtureSite.files(under: clean)
    #expect(mine.keys.sorted() == theirs.keys.sorted(), comment, sourceLocation: sourceLocation)
    for (path, bytes) in theirs where mine[path] != bytes {
        Issue.record("\(path) differs from a clean build: \(comment)", sourceLocation: sourceLocation)
    }
}
