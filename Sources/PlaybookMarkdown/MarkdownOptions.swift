/// How a Markdown body is converted.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (`CMARK_OPT_UNSAFE`). Off by default: raw HTML becomes a comment.
    public var allowRawHTML: Bool
    public var layout: BodyLayout

    public init(allowRawHTML: Bool = false, layout: BodyLayout = .prose) {
        self.allowRawHTML = allowRawHTML
        self.layout = layout
    }
}
