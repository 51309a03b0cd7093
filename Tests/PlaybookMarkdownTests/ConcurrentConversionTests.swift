import Dispatch
import Synchronization
import Testing
@testable import PlaybookMarkdown

/// The cmark lock is held for parsing only; walking and rendering run in parallel. Converting
/// many documents at once must give exactly what converting them one by one gives.
struct ConcurrentConversionTests {
    /// Long enough that parses overlap: unlocked, cmark's shared table loses `~~` and autolinks.
    static let documents: [String] = (0..<24).map { index in
        String(repeating: "Some ~~struck~~ text, www.example.com/\(index) and a | pipe.\n\n", count: 40 + index) + """
        ## Heading \(index) 倾听

        Text with *emphasis*, ~~strike~~, `code`, https://example.com/\(index) and [a link](other.md#part).[^\(index)]

        | a | b |
        |---|---|
        | \(index) | **bold** |

        - [ ] open \(index)
        - [x] done

        > quote <script>alert(\(index))</script>

        ## Heading \(index) 倾听

        [^\(index)]: The note \(index).
        """
    }

    @Test func parallelConversionsEqualSequentialOnes() {
        let rewrite: @Sendable (MarkdownLink) -> LinkRewrite = { .replace("/x/\($0.destination)") }
        let expected = Self.documents.map { MarkdownConverter.convert($0, rewriteLink: rewrite) }
        let rounds = 20
        let results = Mutex<[ConvertedMarkdown?]>(Array(repeating: nil, count: Self.documents.count * rounds))
        DispatchQueue.concurrentPerform(iterations: Self.documents.count * rounds) { index in
            let converted = MarkdownConverter.convert(Self.documents[index % Self.documents.count], rewriteLink: rewrite)
            results.withLock { $0[index] = converted }
        }
        let all = results.withLock { $0 }
        let wrong = all.indices.filter { all[$0] != expected[$0 % Self.documents.count] }
        #expect(wrong.isEmpty)
        #expect(expected[3].html.contains("<table>") && expected[3].taskItems.count == 2 && expected[3].headings.map(\.id) == ["heading-3-倾听", "heading-3-倾听-2"])
    }

    @Test func columnsCountCharactersNotBytes() {
        let columns = SourceColumns("ab\n倾听 [x](y.md)\n")
        #expect(columns.characterColumn(line: 2, byteColumn: 8) == 4)
        #expect(columns.characterColumn(line: 2, byteColumn: 2) == 1)
        #expect(columns.characterColumn(line: 1, byteColumn: 1) == 1)
    }

    /// Chinese text is counted scalar by scalar; anything that may join its neighbour
    /// (a tone mark after an ideograph, an accent, an emoji sequence) is counted as characters.
    @Test func columnsCountCharactersAsStringsDoAtEveryByte() {
        let lines = ["倾听，「你好」。　ab [x](y.md) “引号”—破折号", "中\u{302A}文 [x](y.md)", "e\u{301} 👩\u{200D}👩\u{200D}👧 🇫🇷 [x](y.md)",
                     "\u{0600}[x](y.md) ㈠ [x](y.md)", "tab\there\r"]
        let columns = SourceColumns(lines.joined(separator: "\n"))
        for (number, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            for byteColumn in 1...(bytes.count + 1) {
                var end = byteColumn - 1
                while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                let expected = String(decoding: bytes[..<end], as: UTF8.self).count + 1
                #expect(columns.characterColumn(line: number + 1, byteColumn: byteColumn) == expected, "line \(number + 1) byte \(byteColumn)")
            }
        }
    }
}
