import PlaybookMarkdown

/// A page after its Markdown has been converted: HTML with rewritten links, and what the
/// site-wide stage needs (headings for anchors and outlines, links to check).
///
/// A class, not a struct: the resolved site lists each page many times (its section, its tags
/// and pillars, the other language's indexes, its neighbours' previous and next), and each of
/// those was a copy of every field — about 50 MB at 10,000 pages. Nothing changes a page once
/// it is parsed.
public final class ParsedPage: Sendable {
    public let source: SourcePage
    /// Output folder relative to `site/`, e.g. `zh/articles/listen/`.
    public let folder: String
    public let html: String
    public let headings: [MarkdownHeading]
    /// Links with an `#anchor` (links to pages are checked while parsing).
    public let links: [PageLink]
    /// How many task-list items the page has, and how many are ticked (a checklist shows its
    /// progress). Only the counts: the items' text and keys are in `html` already, and keeping
    /// them took 50 MB at 10,000 pages.
    public let tasks: TaskCount
    /// The phrase cards of a phrase library, for `phrases.json`.
    public let phrases: [MarkdownPhrase]
    /// The page's heading sections as the search index needs them (their text is dropped
    /// after tokenizing, keeping only a snippet's worth).
    public let searchSections: [SearchSection]
    /// The page's anchor and content as the handbook shows it, rendered from the same
    /// conversion; nil for pages not in a handbook.
    let handbookCopy: HandbookCopy?

    init(source: SourcePage, folder: String, html: String, headings: [MarkdownHeading], links: [PageLink],
         tasks: TaskCount, phrases: [MarkdownPhrase] = [], searchSections: [SearchSection] = [], handbookCopy: HandbookCopy? = nil) {
        self.source = source
        self.folder = folder
        self.html = html
        self.headings = headings
        self.links = links
        self.tasks = tasks
        self.phrases = phrases
        self.searchSections = searchSections
        self.handbookCopy = handbookCopy
    }

    public var address: PageAddress { source.address }
    public var frontMatter: FrontMatter { source.frontMatter }
    public var outputPath: String { folder + "index.html" }
}

/// A link to an anchor of a page (this one or another), checked once every page's headings
/// are known. Its source line is quoted only if the anchor is missing (`LinkChecker`), so
/// that 10,000 pages do not each keep a copy of every line with a link.
public struct PageLink: Sendable, Hashable {
    public var target: PageAddress
    public var fragment: String
    public var location: SourceLocation
}

/// A page's task-list items: how many, and how many are ticked.
public struct TaskCount: Sendable, Hashable {
    public var total: Int
    public var done: Int

    public init(_ items: [MarkdownTaskItem]) {
        total = items.count
        done = items.filter(\.isChecked).count
    }
}
