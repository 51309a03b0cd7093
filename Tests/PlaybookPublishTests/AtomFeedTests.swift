import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlaybookPublish
import PlaybookFixtures
import PlaybookModel

/// Collects the elements of an XML document with Foundation's parser: a feed that parses is
/// well-formed, and its parts can be compared.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String], text: String)] = []
    private var stack: [Int] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append(elements.count)
        elements.append((name, attributes, ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let open = stack.last { elements[open].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    static func parse(_ text: String) -> ElementCollector? {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func texts(_ name: String) -> [String] { elements.filter { $0.name == name }.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } }
}

@Suite struct AtomFeedTests {
    func feed(language: String, files: [String: String] = PublishingFixture.bilingual) throws -> String {
        let fixture = try PublishingFixture(files)
        defer { fixture.remove() }
        let (site, messages) = fixture.resolve(baseURL: "https://intranet.example.com/playbook/")
        let resolved = try #require(site, "\(messages)")
        let languageSite = try #require(resolved.languages.first { $0.language == language })
        return AtomFeedWriter.feed(languageSite, config: resolved.config, baseURL: "https://intranet.example.com/playbook/")
    }

    @Test func theFeedIsWellFormedAtomWithTheNewestPageFirst() throws {
        let xml = try #require(ElementCollector.parse(try feed(language: "en")))
        #expect(xml.elements.first?.name == "feed")
        #expect(xml.elements.first?.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(xml.texts("title") == ["Test Playbook", "The rebooked flight", "Listen first"])
        #expect(xml.texts("id") == ["https://intranet.example.com/playbook/", "https://intranet.example.com/playbook/cases/flight/",
                                    "https://intranet.example.com/playbook/articles/listen/"])
        #expect(xml.texts("updated") == ["2026-05-01T00:00:00Z", "2026-05-01T00:00:00Z", "2026-03-02T00:00:00Z"])
        #expect(xml.texts("summary") == ["Hearing the whole story."])
    }

    @Test func aTranslatedFeedLivesUnderItsLanguage() throws {
        let xml = try #require(ElementCollector.parse(try feed(language: "zh")))
        #expect(xml.elements.first?.attributes["xml:lang"] == "zh")
        let selfLink = xml.elements.first { $0.name == "link" && $0.attributes["rel"] == "self" }
        #expect(selfLink?.attributes["href"] == "https://intranet.example.com/playbook/zh/feed.xml")
        #expect(xml.texts("title") == ["Test Playbook", "先倾听"])
    }

    @Test func markupInTitlesIsEscaped() throws {
        var files = PublishingFixture.bilingual
        files["content/articles/tricky.md"] = "---\ntitle: \"<b>Bold</b> & \\\"quoted\\\"\"\ndate: 2026-09-01\n---\nText.\n"
        let text = try feed(language: "en", files: files)
        #expect(text.contains("<title>&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;</title>"))
        let xml = try #require(ElementCollector.parse(text))
        #expect(xml.texts("title").contains("<b>Bold</b> & \"quoted\""))
    }
}
