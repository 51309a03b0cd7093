import Foundation
import PlaybookModel
import PlaybookSupport
import PlaybookTheme

/// Which files the last build with the build cache left that this one can keep as they are,
/// never making or reading them: a file made from the site's *outline* and what its own
/// cache entries hold of the pages it shows (`PageRenderer.outlineFiles`: at most one page's
/// HTML, or a chunk of search results' pages' sections) is the same when the outline is the
/// same, its pages came from the same cache entries, and the file is the one that build left
/// (its `FileIdentity`, whose change time no tool can set back, so a file changed or deleted by
/// hand is made again).
///
/// The outline (`outline(of:theme:assets:context:)`) is everything of every page except what
/// only its own file, the search index and the handbook show (its HTML, search text and
/// handbook copies), plus the theme, the options, playbook.yml and the binary: a page's view
/// is made from its own parsed page and the rest of the site, and the rest of the site is
/// resolved from the outline alone. So is every index (home, pillars, sections, tags), the
/// search and 404 pages, the feeds, the sitemap, robots.txt, `phrases.json` and the theme's
/// assets, with the home page's and each pillar introduction's HTML on theirs, and each chunk
/// of search results with its pages' sections. A body edit that changes no heading, link, task
/// or phrase leaves the outline as it was, so every such file but the edited page's own and
/// its chunk of results is kept.
///
/// Kept in the cache folder's `pages` file, written after the site and the cache.
struct KeptPages {
    static let fileName = "pages"

    var outline: String
    /// Output path → the entry of the page whose HTML the file shows (`noPage` for none) and
    /// the file's identity after the build.
    var files: [String: String]

    /// The entry recorded for a file made from the outline alone.
    static let noPage = "-"

    /// The record the last build left in `folder`, if it reads back intact.
    static func load(from folder: URL) -> KeptPages? {
        CheckedLines.read(folder.appendingPathComponent(fileName)) { lines in
            let text = { (bytes: Slice<UnsafeRawBufferPointer>) in String(decoding: UnsafeRawBufferPointer(rebasing: bytes), as: UTF8.self) }
            guard let first = lines.first.map(text), first.hasPrefix("outline ") else { return nil }
            var files: [String: String] = [:]
            for line in lines.dropFirst() {
                guard let place = line.firstIndex(of: UInt8(ascii: "\t")) else { return nil }
                files[text(line[..<place])] = text(line[(place + 1)...])
            }
            return KeptPages(outline: String(first.dropFirst("outline ".count)), files: files)
        }
    }

    /// Records, for the site just written to `output`, each file's entry and identity. A file
    /// `kept` (path → its line of the last record, which `keepable` found true before the build)
    /// keeps its line without a `stat`: the build did not touch it, and should anything else
    /// have, its identity is no longer the recorded one, so the next build makes it again.
    static func record(outline: String, files: [(path: String, entry: String)], kept: [String: String], output: URL, in folder: URL) {
        var lines = ["outline " + outline]
        for file in files {
            if let line = kept[file.path] {
                lines.append(file.path + "\t" + line)
                continue
            }
            guard let identity = FileIdentity(path: output.appendingPathComponent(file.path, isDirectory: false).path) else { continue }
            lines.append(file.path + "\t" + file.entry + " " + identity.description)
        }
        CheckedLines.write(lines, to: folder.appendingPathComponent(fileName))
    }

    /// The files that can be kept, by output path, with their recorded entry and identity: same
    /// outline, same entry (taken from the cache this build, or `noPage`), same file, as the
    /// output's `listing` found it.
    func keepable(_ files: [(path: String, entry: String)], outline: String, listing: OutputListing) -> [String: String] {
        guard outline == self.outline else { return [:] }
        let recorded = self.files
        let kept = files.concurrentMap { file -> (path: String, line: String)? in
            guard let line = recorded[file.path], let identity = listing.entries[file.path]?.identity,
                  line == file.entry + " " + identity else { return nil }
            return (file.path, line)
        }
        return Dictionary(kept.compactMap { $0 }, uniquingKeysWith: { _, last in last })
    }

    /// The digest of the site's outline, as described above: of each page, the digest of its
    /// part (`pageOutline`), as `known` has it (from the page's cache entry) or made here.
    static func outline(of site: ResolvedSite, theme: Theme, assets: [String], context: String,
                        known: (ParsedPage) -> String? = { _ in nil }) -> String {
        var digest = ContentDigest()
        var writer = EntryWriter()
        writer.text(context)
        for (path, data) in theme.files.sorted(by: { $0.key < $1.key }) {
            writer.text(path)
            writer.text(ContentDigest(data).description)
        }
        writer.list(assets.sorted()) { $0.text($1) }
        for language in site.languages {
            writer.text(language.language)
            writer.list(language.outdatedTranslations.sorted()) { $0.text($1.description) }
            writer.list((language.home.map { [$0] } ?? []) + language.pages) { writer, page in
                writer.text(known(page) ?? pageOutline(of: page))
            }
            // In pieces, so that the outline of a large site is never whole in memory.
            writer.bytes.withUnsafeBytes { digest.add($0) }
            writer = EntryWriter()
        }
        writer.bytes.withUnsafeBytes { digest.add($0) }
        return digest.description
    }

    /// The digest of `page`'s part of the outline (`writeOutline`): a function of the page's
    /// source bytes and place, the context and its conversion's outline, so the same for every
    /// build that takes the page from the same cache entry (which keeps it).
    static func pageOutline(of page: ParsedPage) -> String {
        var writer = EntryWriter()
        writeOutline(of: page, into: &writer)
        var digest = ContentDigest()
        writer.bytes.withUnsafeBytes { digest.add($0) }
        return digest.description
    }

    /// Everything of `page` but its HTML, search text and handbook copies.
    static func writeOutline(of page: ParsedPage, into writer: inout EntryWriter) {
        writer.text(page.source.sourcePath)
        writer.text(page.address.description)
        writer.text(page.source.kind?.rawValue ?? "")
        writer.text(page.folder)
        writeFrontMatter(page.frontMatter, into: &writer)
        writer.list(page.headings) { $0.int($1.level); $0.text($1.text); $0.text($1.id) }
        writer.list(page.links) { $0.text($1.target.description); $0.text($1.fragment) }
        writer.int(page.tasks.total)
        writer.int(page.tasks.done)
        writer.list(page.phrases) { $0.text($1.id); $0.text($1.text); $0.optionalText($1.avoid); $0.text($1.situation) }
    }

    /// Every field of the front matter (`BuildCacheTests` fails when one is added and not written here).
    static func writeFrontMatter(_ front: FrontMatter, into writer: inout EntryWriter) {
        writer.text(front.title)
        writer.optionalText(front.summary)
        writer.list(front.pillars) { $0.text($1.rawValue) }
        writer.list(front.tags) { $0.text($1) }
        writer.optionalText(front.audience?.rawValue)
        writer.optionalText(front.order.map(String.init))
        writer.optionalText(front.date?.description)
        writer.optionalText(front.updated?.description)
        writer.bool(front.draft)
        writer.optionalText(front.duration.map(String.init))
        writer.optionalText(front.participants)
        writer.list(front.materials) { $0.text($1) }
        writer.optionalText(front.translationOf)
    }

    /// How many fields `writeFrontMatter` writes.
    static let frontMatterFields = 13
}
