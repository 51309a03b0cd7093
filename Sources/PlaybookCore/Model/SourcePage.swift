/// A content file as loaded: its place in the content model, front matter and raw body.
public struct SourcePage: Sendable, Hashable {
    /// Path from the repository root, e.g. `content/articles/listen.zh.md`.
    public var sourcePath: String
    /// `nil` for the home page introduction, `content/index.md`.
    public var kind: PageKind?
    /// The translation key shared by all languages of one page, e.g. `articles/listen`.
    public var key: String
    public var language: String
    public var frontMatter: FrontMatter
    public var body: String
    /// The line of the file on which `body` starts (after the front matter).
    public var bodyStartLine: Int

    public init(sourcePath: String, kind: PageKind?, key: String, language: String,
                frontMatter: FrontMatter, body: String, bodyStartLine: Int) {
        self.sourcePath = sourcePath
        self.kind = kind
        self.key = key
        self.language = language
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
    }

    /// The last component of the key: `listen`.
    public var slug: String { String(key.split(separator: "/").last ?? Substring(key)) }
}
