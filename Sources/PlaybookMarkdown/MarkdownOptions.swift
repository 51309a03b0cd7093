/// How a Markdown body is converted.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (`CMARK_OPT_UNSAFE`). Off by default: raw HTML becomes a comment.
    public var allowRawHTML: Bool
    public var layout: BodyLayout
    /// Put in front of every id the document defines (headings, footnotes) and of the
    /// `#fragment` of its footnote links, so several documents can share one HTML page
    /// (the print handbook). Empty by default.
    public var idPrefix: String
    /// Added to every heading's level (capped at 6): `1` makes `##` an `<h3>`, for a document
    /// shown under headings of its own.
    public var headingLevelOffset: Int
    /// Collect each heading section's plain text (`ConvertedMarkdown.sectionTexts`) for search.
    public var collectsSectionTexts: Bool = true

    public init(allowRawHTML: Bool = false, layout: BodyLayout = .prose, idPrefix: String = "", headingLevelOffset: Int = 0) {
        self.allowRawHTML = allowRawHTML
        self.layout = layout
        self.idPrefix = idPrefix
        self.headingLevelOffset = headingLevelOffset
    }
}
