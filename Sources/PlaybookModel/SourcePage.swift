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
    /// Empty once dropped (`droppingBody()`).
    public var body: String
    /// The body's hash when it was dropped, to tell the file's body is still the same when it
    /// is read again (`bodyHash(of:)`).
    public private(set) var droppedBodyHash: Int?
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

    /// The page without its body, for a build that reads the file again on the rare occasion
    /// it needs the text after parsing (to quote the line of a link to a missing anchor),
    /// rather than holding every page's Markdown until the end of the build.
    public func droppingBody() -> SourcePage {
        var page = self
        page.droppedBodyHash = Self.bodyHash(of: body)
        page.body = ""
        return page
    }

    /// A hash of the body's bytes (`String.hashValue` would first bring non-ASCII text to one
    /// Unicode normal form, which is costly).
    public static func bodyHash(of body: String) -> Int {
        var hasher = Hasher()
        var body = body
        body.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    public var address: PageAddress { PageAddress(key: key, language: language) }

    /// The last component of the key: `listen`.
    public var slug: String { String(key.split(separator: "/").last ?? Substring(key)) }
}
