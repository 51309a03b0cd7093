/// How a Markdown body is converted.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (`CMARK_OPT_UNSAFE`). Off by default: raw HTML becomes a comment.
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }
}
