import Testing
@testable import PlaybookMarkdown

@Suite struct MarkdownConverterTests {
    @Test func headingsGetIdsThroughCustomBlocks() {
        let result = MarkdownConverter.convert("## Listen, recall & express\n\nText.\n")
        #expect(result.html == "<h2 id=\"listen-recall-express\">\nListen, recall &amp; express\n</h2>\n<p>Text.</p>\n")
        #expect(result.headings == [MarkdownHeading(level: 2, text: "Listen, recall & express", id: "listen-recall-express", line: 1)])
    }

    @Test func repeatedHeadingsGetNumberedIds() {
        let ids = MarkdownConverter.convert("## Notes\n\n## Notes\n\n### Notes\n").headings.map(\.id)
        #expect(ids == ["notes", "notes-2", "notes-3"])
    }

    @Test func chineseHeadingsKeepTheirCharacters() {
        #expect(MarkdownConverter.convert("## 倾听与回应\n").headings.first?.id == "倾听与回应")
    }

    @Test func rawHTMLIsOmittedUnlessAllowed() {
        let markdown = "<script>alert(1)</script>\n\n<b>bold</b> text\n"
        let safe = MarkdownConverter.convert(markdown).html
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("<b>"))
        #expect(safe.contains("<!-- raw HTML omitted -->"))
        let raw = MarkdownConverter.convert(markdown, options: MarkdownOptions(allowRawHTML: true)).html
        #expect(raw.contains("<b>bold</b>"))
        // tagfilter still disarms <script> when raw HTML is allowed
        #expect(!raw.contains("<script>"))
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", "vbscript:x", "data:text/html;base64,PGI+",
                      "javascript:\u{301}alert(1)", " FILE:///etc/passwd", "DATA:image/svg+xml,x"])
    func dangerousLinksNeverBecomeLive(url: String) {
        for allowRawHTML in [false, true] {
            let html = MarkdownConverter.convert("[click](<\(url)>) after", options: MarkdownOptions(allowRawHTML: allowRawHTML)).html
            #expect(!html.contains("<a"), "\(url) became a link: \(html)")
            #expect(html.contains("click after"))
        }
    }

    @Test func inlineRasterImagesAndOrdinaryLinksStayLive() {
        let html = MarkdownConverter.convert("![dot](data:image/png;base64,iVBORw0KGgo=) [site](https://example.org/javascript:x)").html
        #expect(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\""), "\(html)")
        #expect(html.contains("<a href=\"https://example.org/javascript:x\">site</a>"), "\(html)")
    }

    @Test func gfmExtensionsAreOn() {
        let markdown = """
        | a | b |
        |---|---|
        | 1 | ~~2~~ |

        - [ ] open
        - [x] done

        Visit https://example.org now.[^n]

        [^n]: A note.
        """
        let result = MarkdownConverter.convert(markdown)
        #expect(result.html.contains("<table>"))
        #expect(result.html.contains("<del>2</del>"))
        #expect(result.html.contains("<a href=\"https://example.org\">https://example.org</a>"))
        #expect(result.html.contains("<section class=\"footnotes\""))
        #expect(result.taskItems.map(\.text) == ["open", "done"])
        #expect(result.taskItems.map(\.isChecked) == [false, true])
        #expect(result.taskItems.map(\.line) == [5, 6])
    }

    @Test func linksAreReportedWithCharacterColumnsAndRewritten() {
        var seen: [MarkdownLink] = []
        let result = MarkdownConverter.convert("共情 [recall](listen.md#recall) and ![x](../assets/x.png)\n") { link in
            seen.append(link)
            return link.isImage ? .keep : .replace("../listen/index.html#recall")
        }
        #expect(seen == [
            MarkdownLink(destination: "listen.md#recall", isImage: false, line: 1, column: 4),
            MarkdownLink(destination: "../assets/x.png", isImage: true, line: 1, column: 35),
        ])
        #expect(result.html == "<p>共情 <a href=\"../listen/index.html#recall\">recall</a> and <img src=\"../assets/x.png\" alt=\"x\" /></p>\n")
    }

    @Test func deepNestingAndEmptyInputDoNotCrash() {
        #expect(MarkdownConverter.convert("").html == "")
        let nested = String(repeating: ">", count: 50_000) + " deep\n"
        #expect(MarkdownConverter.convert(nested).html.contains("deep"))
    }
}
