import Testing
@testable import PlaybookBuild
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport

/// Pages are parsed in parallel; the result must not depend on scheduling.
struct ParallelParseTests {
    @Test func parallelParseKeepsPageAndDiagnosticOrder() {
        let config = SiteConfig(title: "Test")
        let pages = (0..<200).map { index in
            SourcePage(sourcePath: "content/articles/p\(index).md", kind: .article, key: "articles/p\(index)", language: "en",
                       frontMatter: FrontMatter(title: "P\(index)"),
                       body: "## Part \(index)\n\nSee [next](p\(index + 1).md#part-\(index + 1)) and [missing](gone\(index).md).\n",
                       bodyStartLine: 4)
        }
        let parser = PageParser(map: URLMap(pages: pages, assets: [], defaultLanguage: "en"), config: config)

        let parallel = parser.parse(pages)
        let sequential = pages.map { parser.parse($0) }

        #expect(parallel.pages.map(\.source.sourcePath) == pages.map(\.sourcePath))
        #expect(parallel.pages.map(\.html) == sequential.map(\.0.html))
        #expect(parallel.pages.map(\.headings) == sequential.map(\.0.headings))
        #expect(parallel.diagnostics == sequential.flatMap(\.1))
        #expect(parallel.diagnostics.count == 201)
    }
}
