import Foundation
import Mustache
import PlaybookModel
import PlaybookSupport
import PlaybookTheme

/// Builds the print handbook of each language: every published page of that language once,
/// chapter by chapter in the order of `handbook:` in playbook.yml, drafts left out. A page of
/// the default language not translated into the language is in it too, where its translation
/// would be, marked with the note the language's lists show ("English, not yet translated").
///
/// Each page shows its handbook copy, rendered in the parse stage from the page's own
/// conversion: ids prefixed by the page's own id (`articles-listen` →
/// `articles-listen--recall`) so ids stay unique across the document, headings moved two
/// levels down (under the chapter's `<h2>` and the page's `<h3>`), and links between pages of
/// the handbook turned into in-document anchors. Links to pages not in it (sections left out
/// of `handbook:`) and assets point into the site, relative to `handbook/`.
public struct HandbookBuilder: Sendable {
    let config: SiteConfig
    let theme: Theme

    public init(site: ResolvedSite, theme: Theme) {
        self.theme = theme
        config = site.config
    }

    /// The chapters of a language's handbook: each configured section once, with every page
    /// its index lists, untranslated ones included (as `HandbookContents.pageIds` has them).
    func chapters(of language: LanguageSite) -> [(kind: PageKind, pages: [ListedPage])] {
        var seen: Set<PageKind> = []
        return config.handbook.compactMap { kind in
            guard seen.insert(kind).inserted else { return nil }
            let pages = (language.sections[kind] ?? []).filter { !$0.page.frontMatter.draft }
            return pages.isEmpty ? nil : (kind, pages)
        }
    }

    /// The handbook's view: every page with what the contents list shows; each article is
    /// made while the file is written (`job(for:)`).
    func view(_ context: LanguageContext, chapters: [(kind: PageKind, pages: [ListedPage])]) -> HandbookView {
        let folder = HandbookContents.folder(root: context.root)
        let all = chapters.flatMap(\.pages)
        let pages = Dictionary(uniqueKeysWithValues: all.map { ($0.page.address, summary(of: $0, context: context)) })
        let dates = all.compactMap { $0.page.frontMatter.updated ?? $0.page.frontMatter.date }
        // Title and description as on the home page: the language's own, when it has them.
        let home = context.language.home?.frontMatter
        let title = home?.title ?? config.title
        return HandbookView(
            lang: context.language.language, title: title,
            documentTitle: "\(context.string("handbook_title")) · \(title)", description: home?.summary ?? config.description,
            languageLabel: context.string("language_\(context.language.language)"),
            edition: dates.max()?.description,
            stylesheetHref: SitePath.toRoot(from: folder) + "theme/handbook.css",
            siteHref: context.href(from: folder, toFolder: context.root),
            chapters: chapters.map { kind, chapterPages in
                HandbookChapter(id: "pb-chapter-\(kind.folder)", title: context.string("section_\(kind.folder)"), kind: kind.rawValue,
                                pages: chapterPages.map { pages[$0.page.address]! })
            },
            t: context.t)
    }

    /// What the handbook shows of a page besides its content: title, facts, anchor, and for
    /// an untranslated page its language and the note saying so. A page without its copy has
    /// no anchor either; its article fails the write (`article`).
    private func summary(of listed: ListedPage, context: LanguageContext) -> HandbookPage {
        let page = listed.page, front = page.frontMatter
        let kind = page.source.kind ?? .article
        return HandbookPage(
            id: page.handbookCopies[context.language.language]?.id ?? "", title: front.title, summary: front.summary, kind: kind.rawValue,
            kindLabel: context.string("kind_\(kind.rawValue)"),
            pillars: front.pillars.map { context.string("pillar_\($0.rawValue)") },
            audience: front.audience.map { context.string("audience_\($0.rawValue)") },
            date: (front.updated ?? front.date)?.description, contentHTML: "",
            facts: kind == .exercise ? ExerciseFacts(front) : nil,
            originalLanguage: listed.isFallback ? page.source.language : nil,
            untranslatedNote: listed.isFallback ? context.untranslatedNote(for: page) : nil)
    }

    /// The page's `<article>`: its handbook copy, rendered with `partials/handbook-page`
    /// (layouts show `articleHTML` and only join the articles).
    private func article(_ summary: HandbookPage, of page: ParsedPage, context: LanguageContext) throws -> String {
        guard let copy = page.handbookCopies[context.language.language] else { throw MissingHandbookCopy(sourcePath: page.source.sourcePath) }
        var withContent = summary
        withContent.contentHTML = try copy.html.read()
        return theme.library.render(HandbookArticleView(page: withContent, t: context.t), withTemplate: Self.articleTemplate) ?? ""
    }

    public static let articleTemplate = "partials.handbook-page"
}

extension HandbookBuilder {
    /// The pages of the language's handbook, one for each article, in the book's order.
    public func articlePages(of language: LanguageSite) -> [ParsedPage] {
        chapters(of: language).flatMap(\.pages).map(\.page)
    }

    /// `handbook/index.html` of the context's language. Its view for telling builds apart
    /// also names each page's copy: an edit that only changes a page's content changes that,
    /// not what the layout shows. With `previous`, the file is that file's bytes with only the
    /// articles it does not copy rendered again, and no view is made but theirs: the bytes
    /// between the articles are made from the outline, which `previous` is for; `layout` learns
    /// where each article lands.
    public func job(for context: LanguageContext, previous: PreviousHandbook? = nil, layout: HandbookLayout? = nil) -> RenderJob {
        let folder = HandbookContents.folder(root: context.root)
        let chapters = chapters(of: context.language)
        let listed = chapters.flatMap(\.pages)
        let language = context.language.language
        let copies: @Sendable () -> [HandbookCopy?] = { listed.map { $0.page.handbookCopies[language] } }
        if let previous, previous.articles.count == listed.count {
            return RenderJob(path: folder + "index.html", template: Self.template,
                             view: { CopyingJobView(previous: previous.path, copies: copies()) }, render: { _, _ in
                Self.render(copyingFrom: previous, layout: layout) { index in
                    try self.article(self.summary(of: listed[index], context: context), of: listed[index].page, context: context)
                }
            })
        }
        return RenderJob(path: folder + "index.html", template: Self.template,
                         view: { HandbookJobView(view: view(context, chapters: chapters), copies: copies()) },
                         render: { library, job in
            Self.render(job.view, library: library, layout: layout) { index, page in try self.article(page, of: listed[index].page, context: context) }
        })
    }

    /// The handbook's view with the copies its articles are made from.
    private struct HandbookJobView: Sendable, Equatable {
        var view: HandbookView
        var copies: [HandbookCopy?]
    }

    /// A handbook made from the last build's file (`previous`) and the copies of its articles.
    private struct CopyingJobView: Sendable, Equatable {
        var previous: String
        var copies: [HandbookCopy?]
    }

    public static let template = "layouts.handbook"

    /// The layout is rendered with a marker where each article goes, and the file is written
    /// as the pieces between the markers and the articles themselves, each article made by
    /// `article` (from the page's index in the book and its view) only when the writer gets
    /// to it, so a large handbook is never whole in memory.
    static func render(_ view: HandbookView, library: MustacheLibrary, layout: HandbookLayout? = nil,
                       article: @escaping @Sendable (Int, HandbookPage) throws -> String) -> FileBytes {
        var shell = view
        var pages: [HandbookPage] = []
        // The markers carry a number no author can guess, so text of the playbook that happens
        // to look like one (a title holding U+0001) is never taken for one.
        let nonce = "\(UInt64.random(in: 1...UInt64.max))-"
        for chapter in shell.chapters.indices {
            for page in shell.chapters[chapter].pages.indices {
                pages.append(shell.chapters[chapter].pages[page])
                shell.chapters[chapter].pages[page].articleHTML = "\u{1}\(nonce)\(pages.count - 1)\u{1}"
            }
        }
        let html = library.render(shell, withTemplate: template) ?? ""
        let parts = html.split(separator: "\u{1}", omittingEmptySubsequences: false)
        var pieces: [Piece] = [.text(String(parts[0]))]
        var placements = [HandbookLayout.Placement?](repeating: nil, count: pages.count)
        var index = 1
        while index < parts.count {
            if index + 1 < parts.count, parts[index].hasPrefix(nonce), let number = Int(parts[index].dropFirst(nonce.count)),
               pages.indices.contains(number) {
                placements[number] = .piece(pieces.count)
                pieces += [.article(number), .text(String(parts[index + 1]))]
                index += 2
            } else {
                pieces.append(.text("\u{1}" + parts[index]))
                index += 1
            }
        }
        // A layout that leaves an article out (or shows one twice) has no layout to record.
        let placed = placements.compactMap { $0 }
        return stream(pieces, previous: nil, layout: placed.count == pages.count ? layout : nil, placements: placed) { [pages] number in
            try article(number, pages[number])
        }
    }

    /// The previous file's bytes, in pieces of about `copiedPieceSize` cut at articles'
    /// edges, with the articles it does not copy rendered in their place (`article`, from the
    /// page's index in the book).
    static func render(copyingFrom previous: PreviousHandbook, layout: HandbookLayout?,
                       article: @escaping @Sendable (Int) throws -> String) -> FileBytes {
        var pieces: [Piece] = []
        var placements: [HandbookLayout.Placement] = []
        var copyStart = 0
        var inCopy: [Range<Int>] = []
        func copy(upTo end: Int) {
            guard end > copyStart || !inCopy.isEmpty else { return }
            placements += inCopy.map { .inside(piece: pieces.count, pieceStart: copyStart, old: $0) }
            pieces.append(.old(copyStart..<end))
            copyStart = end
            inCopy = []
        }
        for (number, old) in previous.articles.enumerated() {
            if previous.copied[number] {
                inCopy.append(old)
                if old.upperBound - copyStart >= copiedPieceSize { copy(upTo: old.upperBound) }
            } else {
                copy(upTo: old.lowerBound)
                placements.append(.piece(pieces.count))
                pieces.append(.article(number))
                copyStart = old.upperBound
            }
        }
        copy(upTo: previous.size)
        return stream(pieces, previous: previous.path, layout: layout, placements: placements, article: article)
    }

    static let copiedPieceSize = 512 * 1024

    /// The file's pieces, made as the writer gets to them. Copied pieces go as bytes of the
    /// previous file, never decoded: that file was written by a build of ours and is trusted
    /// only when it is the very file the record names (`HandbookRecord.previous` checks its
    /// `FileIdentity`, and the record itself its checksum), so its bytes are the UTF-8 we wrote.
    private static func stream(_ pieces: [Piece], previous: String?, layout: HandbookLayout?, placements: [HandbookLayout.Placement],
                               article: @escaping @Sendable (Int) throws -> String) -> FileBytes {
        layout?.plan(placements, pieces: pieces.count)
        let file = Result { try previous.map(ReadableFile.init(path:)) }
        return .stream(PieceStream(count: pieces.count, pieces: { [pieces] number in
            let piece: StreamPiece = switch pieces[number] {
            case .text(let text): .text(text)
            case .article(let page): .text(try article(page))
            case .old(let range): .bytes(FileRange(try file.get()!, range))
            }
            layout?.noteLength(of: number, piece.count)
            return piece
        }))
    }

    private enum Piece: Sendable {
        case text(String)
        case article(Int)
        /// Bytes of the previous file.
        case old(Range<Int>)
    }
}

/// A handbook page parsed without its handbook copy: the parse stage was not asked to make
/// them (`playbook check` does not).
public struct MissingHandbookCopy: Error, CustomStringConvertible {
    public var sourcePath: String
    public var description: String { "\(sourcePath) was parsed without its handbook copy" }
}

