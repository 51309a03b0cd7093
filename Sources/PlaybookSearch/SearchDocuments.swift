import PlaybookModel
import PlaybookSupport

/// A language's documents, one per heading section of each of its pages in index order, each
/// made when it is read: a build that keeps the chunks of results (`SearchFiles.chunkFiles`)
/// reads only the documents of the chunks it makes again, where making all of them cost more
/// than the rest of the index on an edit (Benchmarks/README.md).
struct SearchDocuments: RandomAccessCollection, Sendable {
    private let pages: [(kind: PageKind, page: ParsedPage)]
    /// The language's root folder, which URLs are relative to.
    private let root: String
    /// Where each page's documents start, then the number of documents.
    private let starts: [Int]

    init(pages: [(kind: PageKind, page: ParsedPage)], root: String) {
        self.pages = pages
        self.root = root
        var starts = [0]
        for (_, page) in pages { starts.append(starts[starts.count - 1] + page.searchSections.count) }
        self.starts = starts
    }

    var startIndex: Int { 0 }
    var endIndex: Int { starts[starts.count - 1] }

    subscript(position: Int) -> SearchDocument {
        let (number, section) = self.section(position)
        let (kind, page) = pages[number]
        let url = SitePath.encode(String(page.folder.dropFirst(root.count)) + "index.html")
        return SearchDocument(title: page.frontMatter.title, heading: section.heading, url: section.anchor.map { url + "#" + $0 } ?? url,
                              kind: kind.rawValue, pillars: page.frontMatter.pillars.map(\.rawValue), excerpt: section.excerpt,
                              folder: page.folder)
    }

    /// The place in index order of the page that document `position` is of, and the document's
    /// section: what a chunk reads of a document of the same page as the one before it, with
    /// no URL made (`SearchShards`).
    func section(_ position: Int) -> (page: Int, section: SearchSection) {
        let number = page(of: position)
        return (number, pages[number].page.searchSections[position - starts[number]])
    }

    /// The place in index order of the page that document `doc` is of.
    func page(of doc: Int) -> Int {
        var (low, high) = (0, pages.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= doc { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The pages of documents `docs`, in index order.
    func pages(of docs: Range<Int>) -> [ParsedPage] {
        guard !docs.isEmpty else { return [] }
        return (page(of: docs.lowerBound)...page(of: docs.upperBound - 1)).map { pages[$0].page }
    }

    /// Each page's folder and documents, in index order.
    var pageDocuments: [(folder: String, docs: Range<Int>)] {
        pages.indices.map { (pages[$0].page.folder, starts[$0]..<starts[$0 + 1]) }
    }
}
