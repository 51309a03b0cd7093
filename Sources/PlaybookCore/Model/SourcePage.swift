import Foundation

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
    /// Empty once dropped (`droppingBody()`); `markdown(root:)` gives it either way.
    public var body: String
    /// The body's hash when it was dropped, to tell it is still the same when read again.
    private var droppedBodyHash: Int?
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

    /// The page without its body, which a command-line build reads again from the file if it
    /// needs it after parsing (`markdown(root:)`): at 10,000 pages the bodies are 90 MB held
    /// from parse to the end of render, only to quote the line of a link to a missing anchor.
    public func droppingBody() -> SourcePage {
        var page = self
        page.droppedBodyHash = Self.hash(of: body)
        page.body = ""
        return page
    }

    /// The body: the one in memory, or if it was dropped, the file's as it is now, which must
    /// be the same as when the page was parsed (else the build would mix two versions).
    public func markdown(root: URL) throws -> String {
        guard let droppedBodyHash else { return body }
        let url = root.appendingPathComponent(sourcePath)
        guard let data = FileManager.default.contents(atPath: url.path), let text = SourceFileText.decode(data),
              case .success(let split) = FrontMatterSplitter.split(text), Self.hash(of: split.body) == droppedBodyHash else {
            throw SourceChanged(sourcePath: sourcePath)
        }
        return split.body
    }

    /// A hash of the body's bytes: `String.hashValue` first brings non-ASCII text to one
    /// Unicode normal form, which cost more than the rest of dropping the body.
    private static func hash(of body: String) -> Int {
        var hasher = Hasher()
        var body = body
        body.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    public var address: PageAddress { PageAddress(key: key, language: language) }

    /// The last component of the key: `listen`.
    public var slug: String { String(key.split(separator: "/").last ?? Substring(key)) }
}

/// A source file that changed (or went) while it was being built.
public struct SourceChanged: Error, LocalizedError, Equatable {
    public var sourcePath: String
    public var errorDescription: String? { "\(sourcePath) changed during the build; build again" }
}
