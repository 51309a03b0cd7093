import Foundation
import PlaybookSupport
import Testing
@testable import PlaybookHandbook

/// A handbook made from the last build's file: the bytes around the articles and the copied
/// articles come from the file, the others are rendered, and the layout learns where each lands.
struct PreviousHandbookTests {
    @Test func copiedArticlesComeFromTheFileAndTheOthersAreRendered() throws {
        let old = "<head>\n<article>one</article>\n<h2>二</h2>\n<article>two</article>\n<article>三</article>\n</main>\n"
        let ranges = ["<article>one</article>\n", "<article>two</article>\n", "<article>三</article>\n"].map { article in
            let start = old.utf8.count - old.split(separator: article, maxSplits: 1)[1].utf8.count - article.utf8.count
            return start ..< start + article.utf8.count
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("previous-handbook-\(UUID().uuidString)")
        try Data(old.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        for copied in [[true, false, true], [false, true, true], [true, true, false], [false, false, false]] {
            let layout = HandbookLayout()
            let previous = PreviousHandbook(path: file.path, size: old.utf8.count, articles: ranges, copied: copied)
            let bytes = HandbookBuilder.render(copyingFrom: previous, layout: layout) { number in "<article>new \(number)</article>\n" }
            var made = Data()
            try bytes.forEachChunk { made.append(contentsOf: $0) }
            var expected = old
            for number in ranges.indices.reversed() where !copied[number] {
                let range = ranges[number]
                let utf8 = Array(expected.utf8)
                expected = String(decoding: utf8[..<range.lowerBound] + Array("<article>new \(number)</article>\n".utf8) + utf8[range.upperBound...], as: UTF8.self)
            }
            let text = String(decoding: made, as: UTF8.self)
            #expect(text == expected, "\(copied)")
            let articles = try #require(layout.articleRanges())
            #expect(articles.map { String(decoding: made[$0], as: UTF8.self) }
                        == ranges.indices.map { copied[$0] ? String(decoding: Array(old.utf8)[ranges[$0]], as: UTF8.self) : "<article>new \($0)</article>\n" })
        }
    }
}
