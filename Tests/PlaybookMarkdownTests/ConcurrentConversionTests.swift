import Testing
import PlaybookMarkdown

/// cmark-gfm 0.29 corrupts output when two threads parse at once; the lock must prevent it.
@Suite struct ConcurrentConversionTests {
    static func document(_ n: Int) -> String {
        """
        ## Section \(n)

        Some *emphasis* and `code` and a [link](page\(n).md#part-\(n)) with ~~strike~~ and https://example.org/\(n).

        | col \(n) | b |
        |---|---|
        | \(n * 7) | **bold** |

        - [ ] task \(n)
        - [x] done \(n)

        Footnote\(n)[^f\(n)].

        [^f\(n)]: Note number \(n).
        """
    }

    @Test func manyTasksAtOnceGiveTheSequentialResults() async {
        let inputs = (0..<400).map(Self.document)
        let expected = inputs.map { MarkdownConverter.convert($0).html }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, MarkdownConverter.convert(input).html) }
            }
            var results = Array(repeating: "", count: inputs.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        let wrong = zip(results, expected).filter { $0 != $1 }.count
        #expect(wrong == 0)
    }
}
