import Foundation
import PlaybookModel
import PlaybookSupport

/// A page's entry in the build cache: the questions its conversion asked of the rest of the
/// site with their answers, and every part of its `ParsedPage` that conversion made. The rest
/// of a `ParsedPage` (the source page, its folder) is known before converting.
struct CachedPage {
    var dependencies: [ParseDependency]
    var html: String
    var headings: [PageHeading]
    var links: [PageLink]
    var tasks: TaskCount
    var phrases: [PagePhrase]
    var searchSections: [SearchSection]
    /// Each handbook's copy of the page: the handbook's language, the page's anchor there, the HTML.
    var handbookCopies: [(language: String, id: String, html: String)]

    init(_ parsed: ParsedPage, handbookHTML: [(language: String, id: String, html: String)], dependencies: [ParseDependency]) {
        self.dependencies = dependencies
        html = parsed.html
        headings = parsed.headings
        links = parsed.links
        tasks = parsed.tasks
        phrases = parsed.phrases
        searchSections = parsed.searchSections
        handbookCopies = handbookHTML
    }

    /// The page parsed from `source` as this entry has it; handbook copies go to `spill`.
    func parsedPage(source: SourcePage, folder: String, spill: SpillFile?) throws -> ParsedPage {
        var copies: [String: HandbookCopy] = [:]
        if let spill {
            for copy in handbookCopies { copies[copy.language] = HandbookCopy(id: copy.id, html: try spill.append(copy.html)) }
        }
        return ParsedPage(source: source, folder: folder, html: html, headings: headings, links: links, tasks: tasks,
                          phrases: phrases, searchSections: searchSections, handbookCopies: copies)
    }

    /// What every build that takes the page from its entry reads: the questions asked, the
    /// headings, links, tasks and phrases.
    func writeOutline(into writer: inout EntryWriter) {
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
    }

    /// The bulk, kept compressed: the HTML with the handbook copies right after it (so that
    /// LZ4 finds the copies' text in the HTML), then the search sections.
    func writeBulk(into writer: inout EntryWriter) {
        writer.text(html)
        writer.list(handbookCopies) { writer, copy in
            writer.text(copy.language)
            writer.text(copy.id)
            writer.text(copy.html)
        }
        writer.list(searchSections) { writer, section in
            writer.optionalText(section.heading)
            writer.optionalText(section.anchor)
            writer.text(section.excerpt)
            writer.raw(section.terms.bytes)
        }
    }

    init(outline: inout EntryReader, bulk: inout EntryReader) throws {
        dependencies = try outline.list { reader in
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
        headings = try outline.list { PageHeading(level: try $0.int(), text: try $0.text(), id: try $0.text()) }
        links = try outline.list { reader in
            PageLink(target: PageAddress(key: try reader.text(), language: try reader.text()), fragment: try reader.text(),
                     location: SourceLocation(file: try reader.text(), line: try reader.int(), column: try reader.int()))
        }
        tasks = TaskCount(total: try outline.int(), done: try outline.int())
        phrases = try outline.list { PagePhrase(id: try $0.text(), text: try $0.text(), avoid: try $0.optionalText(), situation: try $0.text()) }
        html = try bulk.text()
        handbookCopies = try bulk.list { (language: try $0.text(), id: try $0.text(), html: try $0.text()) }
        searchSections = try bulk.list { reader in
            SearchSection(heading: try reader.optionalText(), anchor: try reader.optionalText(), excerpt: try reader.text(),
                          terms: PackedTerms(bytes: try reader.raw()))
        }
    }
}
