import Foundation
import PlaybookModel
import PlaybookSupport

/// A page's entry in the build cache: the questions its conversion asked of the rest of the
/// site with their answers, and every part of its `ParsedPage` that conversion made. The rest
/// of a `ParsedPage` (the source page, its folder) is known before converting.
///
/// Its bytes (`payload`, which `PageStore` checksums) are three parts: the outline as it is,
/// then two LZ4 blocks, the search sections and the bulk (the parts' lengths, then the HTML
/// with the handbook copies right after it, so that LZ4 finds the copies' text in the HTML).
/// Every build that takes the page from its entry decodes the outline and the search sections
/// (the search index is made from every page); only a build that renders the page or its
/// handbook articles again decodes the bulk, as far as the part it asks for (`part(_:of:)`).
struct CachedPage {
    var outline: Outline
    var html: String
    /// Each handbook's copy of the page's HTML, in the order of `outline.handbookIds`.
    var handbookHTML: [String]

    struct Outline {
        var dependencies: [ParseDependency]
        var headings: [PageHeading]
        var links: [PageLink]
        var tasks: TaskCount
        var phrases: [PagePhrase]
        /// Each handbook that shows the page: its language, and the page's anchor there.
        var handbookIds: [(language: String, id: String)]
        /// The digest of the page's part of the site's outline (`KeptPages.pageOutline`), so
        /// that a build taking the page from here need not write that part out again.
        var pageOutline: String
        var searchSections: [SearchSection]
    }

    /// A part of the bulk: the page's HTML, or the handbook copy at that place of `handbookIds`.
    enum Part: Hashable {
        case html
        case handbook(Int)
    }

    init(_ parsed: ParsedPage, handbookHTML: [(language: String, id: String, html: String)], dependencies: [ParseDependency]) {
        outline = Outline(dependencies: dependencies, headings: parsed.headings, links: parsed.links, tasks: parsed.tasks,
                          phrases: parsed.phrases, handbookIds: handbookHTML.map { ($0.language, $0.id) },
                          pageOutline: KeptPages.pageOutline(of: parsed), searchSections: parsed.searchSections)
        html = parsed.html
        self.handbookHTML = handbookHTML.map(\.html)
    }

    /// The entry's bytes, which `outline(of:)` and `part(_:of:)` read back.
    var payload: [UInt8] {
        var small = EntryWriter(), search = EntryWriter(), bulk = EntryWriter(), writer = EntryWriter()
        outline.write(into: &small)
        search.list(outline.searchSections) { writer, section in
            writer.optionalText(section.heading)
            writer.optionalText(section.anchor)
            writer.text(section.excerpt)
            writer.words(section.terms.keys)
            writer.raw(section.terms.long)
        }
        let parts = [html] + handbookHTML
        bulk.list(parts) { $0.int($1.utf8.count) }
        for part in parts { bulk.utf8(part) }
        writer.raw(small.bytes)
        for block in [search.bytes, bulk.bytes] {
            writer.int(block.count)
            writer.raw(LZ4Block.compress(block))
        }
        return writer.bytes
    }

    /// The three parts' places in a payload.
    private struct Layout {
        var outline: Range<Int>
        var search: (count: Int, compressed: Range<Int>)
        var bulk: (count: Int, compressed: Range<Int>)

        init?(_ payload: UnsafeRawBufferPointer) {
            var reader = EntryReader(payload)
            guard let outline = try? reader.span(), let searchCount = try? reader.int(), let search = try? reader.span(),
                  let bulkCount = try? reader.int(), let bulk = try? reader.span(), reader.isAtEnd else { return nil }
            self.outline = outline
            self.search = (searchCount, search)
            self.bulk = (bulkCount, bulk)
        }
    }

    /// The outline and search sections a payload holds; nil when they do not read back whole.
    /// The bulk is not decompressed.
    static func outline(of payload: UnsafeRawBufferPointer) -> Outline? {
        guard let layout = Layout(payload),
              let search = LZ4Block.decompress(UnsafeRawBufferPointer(rebasing: payload[layout.search.compressed]), count: layout.search.count)
        else { return nil }
        return search.withUnsafeBytes { search in
            var reader = EntryReader(UnsafeRawBufferPointer(rebasing: payload[layout.outline]))
            var searchReader = EntryReader(search)
            guard var outline = try? Outline(reading: &reader), reader.isAtEnd,
                  let sections = try? searchReader.list({ reader in
                      let (heading, anchor, excerpt) = (try reader.optionalText(), try reader.optionalText(), try reader.text())
                      let terms = PackedTerms(keys: try reader.words(), long: try reader.raw())
                      return SearchSection(heading: heading, anchor: anchor, excerpt: excerpt, terms: terms)
                  }), searchReader.isAtEnd
            else { return nil }
            outline.searchSections = sections
            return outline
        }
    }

    /// One part of a payload's bulk; nil when the bulk does not read back that far or has no
    /// such part. The bulk starts with its parts' lengths, so that only the parts up to the one
    /// wanted are decompressed.
    static func part(_ part: Part, of payload: UnsafeRawBufferPointer) -> String? {
        guard let layout = Layout(payload) else { return nil }
        let compressed = UnsafeRawBufferPointer(rebasing: payload[layout.bulk.compressed]), count = layout.bulk.count
        let wanted = switch part {
        case .html: 0
        case .handbook(let index): index >= 0 ? index + 1 : -1
        }
        // How many parts, then each one's length.
        guard wanted >= 0, let first = LZ4Block.decompress(compressed, prefix: 8, of: count) else { return nil }
        let parts = first.withUnsafeBytes { bytes in
            var reader = EntryReader(bytes)
            return (try? reader.int()) ?? -1
        }
        guard wanted < parts, parts <= (count - 8) / 8, let header = LZ4Block.decompress(compressed, prefix: 8 + 8 * parts, of: count),
              let lengths = header.withUnsafeBytes({ bytes -> [Int]? in
                  var reader = EntryReader(bytes, from: 8)
                  return try? (0..<parts).map { _ in try reader.int() }
              }), lengths.allSatisfy({ (0...count).contains($0) }), lengths.reduce(header.count, +) == count
        else { return nil }
        let start = lengths[..<wanted].reduce(header.count, +), end = start + lengths[wanted]
        guard let bulk = LZ4Block.decompress(compressed, prefix: end, of: count) else { return nil }
        return bulk.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[start...]), as: UTF8.self) }
    }
}

extension CachedPage.Outline {
    func write(into writer: inout EntryWriter) {
        writer.list(dependencies) { writer, dependency in
            switch dependency.question {
            case .link(let destination):
                writer.int(0)
                writer.text(destination)
            case .handbookLanguages:
                writer.int(1)
            case .handbookId(let language, let page):
                writer.int(2)
                writer.text(language)
                writer.text(page.key)
                writer.text(page.language)
            }
            writer.text(dependency.answer)
        }
        writer.list(headings) { writer, heading in
            writer.int(heading.level)
            writer.text(heading.text)
            writer.text(heading.id)
        }
        writer.list(links) { writer, link in
            writer.text(link.target.key)
            writer.text(link.target.language)
            writer.text(link.fragment)
            writer.text(link.location.file)
            writer.int(link.location.line)
            writer.int(link.location.column)
        }
        writer.int(tasks.total)
        writer.int(tasks.done)
        writer.list(phrases) { writer, phrase in
            writer.text(phrase.id)
            writer.text(phrase.text)
            writer.optionalText(phrase.avoid)
            writer.text(phrase.situation)
        }
        writer.list(handbookIds) { writer, copy in
            writer.text(copy.language)
            writer.text(copy.id)
        }
        writer.text(pageOutline)
    }

    /// Reads what `write(into:)` wrote; the search sections are left empty.
    init(reading reader: inout EntryReader) throws {
        dependencies = try reader.list { reader in
            let question: ParseDependency.Question
            switch try reader.int() {
            case 0: question = .link(try reader.text())
            case 1: question = .handbookLanguages
            case 2:
                let language = try reader.text()
                question = .handbookId(language: language, page: PageAddress(key: try reader.text(), language: try reader.text()))
            default: throw EntryReader.Damaged()
            }
            return ParseDependency(question: question, answer: try reader.text())
        }
        headings = try reader.list { PageHeading(level: try $0.int(), text: try $0.text(), id: try $0.text()) }
        links = try reader.list { reader in
            PageLink(target: PageAddress(key: try reader.text(), language: try reader.text()), fragment: try reader.text(),
                     location: SourceLocation(file: try reader.text(), line: try reader.int(), column: try reader.int()))
        }
        tasks = TaskCount(total: try reader.int(), done: try reader.int())
        phrases = try reader.list { PagePhrase(id: try $0.text(), text: try $0.text(), avoid: try $0.optionalText(), situation: try $0.text()) }
        handbookIds = try reader.list { (language: try $0.text(), id: try $0.text()) }
        pageOutline = try reader.text()
        searchSections = []
    }
}
