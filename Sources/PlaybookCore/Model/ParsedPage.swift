import PlaybookMarkdown

/// A page after its Markdown has been converted: HTML with rewritten links, and what the
/// site-wide stage needs (headings for anchors and outlines, links to check).
public struct ParsedPage: Sendable {
    public var source: SourcePage
    /// Output folder relative to `site/`, e.g. `zh/articles/listen/`.
    public var folder: String
    public var html: String
    public var headings: [MarkdownHeading]
    /// Links with an `#anchor` (links to pages are checked while parsing).
    public var links: [PageLink]
    public var taskItems: [MarkdownTaskItem]
    /// The phrase cards of a phrase library, for `phrases.json`.
    public var phrases: [MarkdownPhrase] = []
    /// The page's heading sections as the search index needs them (their text is dropped
    /// after tokenizing, keeping only a snippet's worth).
    public var searchSections: [SearchSection] = []

    public var address: PageAddress { PageAddress(key: source.key, language: source.language) }
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
