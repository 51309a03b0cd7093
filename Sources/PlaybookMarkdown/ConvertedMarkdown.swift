/// The result of converting one Markdown text: HTML plus what the build needs to know of it.
public struct ConvertedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [MarkdownHeading]
    /// Every link and image as written, before rewriting.
    public var links: [MarkdownLink]
    public var taskItems: [MarkdownTaskItem]
    /// The phrase cards, in document order (only with `BodyLayout.phraseCards`).
    public var phrases: [MarkdownPhrase]
    /// Plain text per heading section, as UTF-8: `[0]` before the first heading, `[i]` after
    /// `headings[i - 1]`.
    public var sectionTexts: [[UInt8]] = []
    /// The HTML of each second rendering asked for (`SecondRendering`), in their order.
    public var variantHTML: [String] = []

    public init(html: String, headings: [MarkdownHeading], links: [MarkdownLink], taskItems: [MarkdownTaskItem],
                phrases: [MarkdownPhrase] = []) {
        self.html = html
        self.headings = headings
        self.links = links
        self.taskItems = taskItems
        self.phrases = phrases
    }
}
