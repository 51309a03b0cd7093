import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// The print handbook, built from small fixture playbooks in temporary folders.
struct HandbookTests {
    /// A playbook whose handbook leaves out pillars and cases, puts exercises first, and has
    /// a draft, an untranslated page, links between pages, to headings, to an image and to a
    /// page that is not in the handbook.
    static let fixture: [String: String] = [
        "playbook.yml": """
            title: Fixture Book
            description: A book <for> tests.
            languages: [en, zh]
            handbook: [exercises, articles, checklists, exercises]
            """,
        "content/index.md": "---\ntitle: Fixture Book\n---\nWelcome.\n",
        "content/index.zh.md": "---\ntitle: 测试手册\nsummary: 测试用的手册。\n---\n欢迎。\n",
        "content/articles/listen.md": """
            ---
            title: Listen
            order: 2
            date: 2026-01-05
            ---
            ## Recall
            See [the rebooked flight](../cases/flight.md) and [our map](../exercises/map.md#steps).
            Back to [recall](#recall). ![A chart](../assets/chart.png) A claim.[^1]

            [^1]: A source.
            """,
        "content/articles/express.md": """
            ---
            title: Express
            order: 1
            updated: 2026-04-30
            ---
            ## Recall
            The second [listen](listen.md#recall) and [the list](../checklists/before.md).
            """,
        "content/articles/secret.md": "---\ntitle: Secret draft\ndraft: true\n---\n## Recall\nNot yet.\n",
        "content/cases/flight.md": "---\ntitle: Flight\n---\n## The situation\nA flight.\n",
        "content/checklists/before.md": "---\ntitle: Before\n---\n## Ready\n- [ ] One\n- [x] Two\n",
        "content/exercises/map.md": """
            ---
            title: Empathy map
            duration: 30
            participants: "3-8"
            materials: [Paper, Pens]
            ---
            ## Steps
            1. Draw.
            """,
        "content/articles/listen.zh.md": "---\ntitle: 倾听\n---\n## 回想\n见[表达](express.md)与[回想](#回想)。\n",
        "content/assets/chart.png": "not really a png",
    ]

    @Test func holdsEveryPublishedPageOnceInTheConfiguredOrder() throws {
        let site = try HandbookFixture(Self.fixture)
        let html = try site.read("handbook/index.html")
        #expect(HandbookHTML.pageIds(html) == ["exercises-map", "articles-express", "articles-listen", "checklists-before"])
        #expect(HandbookHTML.chapterIds(html) == ["pb-chapter-exercises", "pb-chapter-articles", "pb-chapter-checklists"])
        #expect(!html.contains("Secret draft"))
        #expect(!html.contains("A flight."))
        #expect(html.components(separatedBy: "<h3 class=\"hb-page-title\"").count - 1 == 4)
    }

    @Test func idsAreUniqueAndEveryInDocumentLinkHasATarget() throws {
        let site = try HandbookFixture(Self.fixture)
        for path in ["handbook/index.html", "zh/handbook/index.html"] {
            let html = try site.read(path)
            let ids = HandbookHTML.ids(html)
            #expect(Set(ids).count == ids.count, "duplicate ids in \(path)")
            let fragments = HandbookHTML.fragmentLinks(html)
            #expect(!fragments.isEmpty)
            for fragment in fragments { #expect(ids.contains(fragment), "\(path): no id for #\(fragment)") }
        }
    }

    @Test func rewritesLinksBetweenPagesIntoAnchors() throws {
        let site = try HandbookFixture(Self.fixture)
        let html = try site.read("handbook/index.html")
        #expect(html.contains(#"<h4 id="articles-listen--recall">"#))
        #expect(html.contains(#"<h4 id="articles-express--recall">"#))
        #expect(html.contains(##"href="#articles-listen--recall""##))
        #expect(html.contains(##"href="#exercises-map--steps""##))
        #expect(html.contains(##"href="#checklists-before""##))
        #expect(html.contains(##"href="#articles-listen--fn-1""##))
        // Pages outside the handbook and assets stay reachable, relative to handbook/.
        #expect(html.contains(##"href="../cases/flight/index.html""##))
        #expect(html.contains(##"src="../assets/chart.png""##))
        #expect(site.exists("handbook/../cases/flight/index.html"))
        #expect(site.exists("handbook/../assets/chart.png"))
    }

    /// The Chinese book holds every page: its own, and where a page has no translation, the
    /// English one, marked in the contents and at the page with the note the site's lists show.
    @Test func aTranslationHoldsEveryPageUntranslatedOnesMarkedInTheOriginal() throws {
        let site = try HandbookFixture(Self.fixture)
        let html = try site.read("zh/handbook/index.html")
        #expect(html.contains(#"<html lang="zh">"#))
        #expect(html.contains(#"<h1 id="pb-title">测试手册</h1>"#) && html.contains("测试用的手册。"))
        #expect(HandbookHTML.pageIds(html) == ["exercises-map", "articles-express", "articles-listen", "checklists-before"])
        let note = #"<span class="hb-untranslated">(English, 尚未翻译)</span>"#
        #expect(html.contains(##"<li><a href="#articles-express">Express \##(note)</a></li>"##))
        #expect(html.contains(##"<li><a href="#articles-listen">倾听</a></li>"##))
        #expect(html.contains(#"<h3 class="hb-page-title" id="articles-express" lang="en">Express</h3>"# + "\n"
                              + #"<p class="hb-untranslated">English, 尚未翻译</p>"#))
        #expect(html.contains(#"<h3 class="hb-page-title" id="articles-listen">倾听</h3>"#))
        #expect(html.components(separatedBy: #"<p class="hb-untranslated">"#).count - 1 == 3)
        #expect(html.components(separatedBy: #"<div class="hb-content" lang="en">"#).count - 1 == 3)
        // Links stay in the book: to the untranslated page itself, and from it to the
        // translation of what it links to (at its top: its headings have other anchors).
        #expect(html.contains(##"见<a href="#articles-express">表达</a>"##))
        #expect(html.contains(##"The second <a href="#articles-listen">listen</a> and <a href="#checklists-before">the list</a>"##))
        #expect(html.contains("href=\"#articles-listen--\(HandbookHTML.percentEncoded("回想"))\"") || html.contains("href=\"#articles-listen--回想\""))
        // The site's lists carry the same note.
        #expect(try site.read("zh/articles/index.html").contains(#"<span class="fallback">(English, 尚未翻译)</span>"#))
    }

    @Test func coverContentsAndPrintFacts() throws {
        let site = try HandbookFixture(Self.fixture)
        let html = try site.read("handbook/index.html")
        #expect(html.contains(#"<meta name="robots" content="noindex">"#))
        #expect(html.contains(#"<h1 id="pb-title">Fixture Book</h1>"#))
        #expect(html.contains("A book &lt;for&gt; tests."))
        // The newest date of its pages, not today: the same input gives the same bytes.
        #expect(html.contains(#"<time datetime="2026-04-30">"#))
        #expect(html.contains(##"<li><a href="#articles-express">Express</a></li>"##))
        #expect(html.contains("30 min") && html.contains("<li>Pens</li>"))
        #expect(html.contains(##"href="../theme/handbook.css""##))
        #expect(site.exists("theme/handbook.css"))
        #expect(!html.contains("site-nav") && !html.contains("search"))
        let home = try site.read("index.html")
        #expect(home.contains(##"href="handbook/index.html""##))
        #expect(try site.read("zh/index.html").contains(##"href="handbook/index.html""##))
    }

    /// The handbook is written as its layout with every article spliced in at a marker; text
    /// that looks like a marker (U+0001, a number, U+0001 in a title) stays text.
    @Test func articlesAreSplicedInPlaceAndLookalikeMarkersAreText() throws {
        var files = Self.fixture
        files["content/articles/odd.md"] = "---\ntitle: \"Odd \\x010\\x01 title\"\n---\nOdd body.\n"
        let site = try HandbookFixture(files)
        let html = try site.read("handbook/index.html")
        #expect(html.contains("Odd \u{1}0\u{1} title"))
        #expect(html.components(separatedBy: "<h3 class=\"hb-page-title\"").count - 1 == 5)
        let order = ["exercises-map", "articles-express", "articles-listen", "articles-odd", "checklists-before"]
        let positions = order.compactMap { html.range(of: "<h3 class=\"hb-page-title\" id=\"\($0)\"")?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(html.contains("Odd body."))
    }

    @Test func theSamplePlaybookHandbookIsConsistent() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // The output in a folder of its own, which also holds the build stamp beside it.
        let folder = try HandbookFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let result = SiteBuilder(options: BuildOptions(root: repository, output: output)).build()
        #expect(result.didWrite)
        for language in ["", "zh/"] {
            let html = try String(contentsOf: output.appendingPathComponent(language + "handbook/index.html"), encoding: .utf8)
            let ids = HandbookHTML.ids(html)
            #expect(Set(ids).count == ids.count)
            for fragment in HandbookHTML.fragmentLinks(html) { #expect(ids.contains(fragment), "no id for #\(fragment)") }
            #expect(HandbookHTML.pageIds(html).count > 20)
            #expect(Set(HandbookHTML.pageIds(html)).count == HandbookHTML.pageIds(html).count)
            // Every kind keeps its layout two heading levels down: phrase cards, the case
            // stories' sections, checklists' boxes.
            #expect(html.contains(##"<li class="phrase" id="phrases-"##), "\(language)handbook has phrase cards")
            #expect(html.contains(##"<section class="body-section"##), "\(language)handbook has case sections")
            #expect(html.contains(##"<input type="checkbox" id="checklists-"##), "\(language)handbook has checkboxes")
        }
    }
}

/// Reads the handbook's structure back out of its HTML.
enum HandbookHTML {
    static func matches(_ pattern: String, in html: String) -> [String] {
        let regex = try! Regex(pattern)
        return html.matches(of: regex).compactMap { $0.output[1].substring.map(String.init) }
    }

    static func ids(_ html: String) -> [String] { matches(##"\sid="([^"]*)""##, in: html).map(unescaped) }
    static func pageIds(_ html: String) -> [String] { matches(##"<h3 class="hb-page-title" id="([^"]*)""##, in: html) }
    static func chapterIds(_ html: String) -> [String] { matches(##"<h2 class="hb-chapter-title" id="([^"]*)""##, in: html) }

    /// The targets of every `href="#…"`, percent-decoded as a browser does.
    static func fragmentLinks(_ html: String) -> [String] {
        matches(##"href="#([^"]*)""##, in: html).map { unescaped($0).removingPercentEncoding ?? $0 }
    }

    static func unescaped(_ attribute: String) -> String {
        attribute.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

/// A playbook written into a temporary folder and built into its `site/`; removed when released.
final class HandbookFixture {
    let root: URL

    deinit { try? FileManager.default.removeItem(at: root) }

    init(_ files: [String: String]) throws {
        root = try Self.temporaryFolder()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let result = SiteBuilder(options: BuildOptions(root: root)).build()
        guard result.didWrite else { throw HandbookFixtureError.buildFailed(result.diagnostics.map { "\($0)" }) }
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-handbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("site/" + path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("site/" + path).standardizedFileURL.path)
    }
}

enum HandbookFixtureError: Error {
    case buildFailed([String])
}
