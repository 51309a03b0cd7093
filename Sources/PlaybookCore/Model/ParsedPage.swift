import PlaybookMarkdown

/// A page after its Markdown has been converted: HTML with rewritten links, and what the
/// site-wide stage needs (headings for anchors and outlines, links to check).
public struct ParsedPage: Sendable {
    public var source: SourcePage
    /// Output folder relative to `site/`, e.g. `zh/articles/listen/`.
    public var folder: String
    public var html: String
    public var headings: [MarkdownHeading]
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

/// A link from one page to another page (or an anchor in one), to be checked site-wide.
public struct PageLink: Sendable, Hashable {
    public var target: PageAddress
    public var fragment: String?
    public var location: SourceLocation
    public var sourceLine: String?
}
