/// A link or image destination as written in the Markdown, with where it was written.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var isImage: Bool
    /// 1-based line in the converted text.
    public var line: Int
    /// 1-based character column in that line.
    public var column: Int

    public init(destination: String, isImage: Bool, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
    }
}

/// What to do with a link's destination.
public enum LinkRewrite: Sendable, Hashable {
    case keep
    case replace(String)
}

extension LinkRewrite {
    /// The URL a link's node holds after this rewrite.
    func url(keeping destination: String) -> String {
        if case .replace(let url) = self { url } else { destination }
    }
}
