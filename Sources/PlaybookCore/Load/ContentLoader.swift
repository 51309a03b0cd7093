import Foundation

/// Stage 1: reads every file under `content/` (sorted, so output is deterministic) into
/// `SourcePage`s and asset paths, collecting every problem instead of stopping at the first.
public struct ContentLoader: Sendable {
    public struct Output: Sendable {
        public var pages: [SourcePage] = []
        /// Paths relative to `content/assets/`.
        public var assets: [String] = []
        public var diagnostics: [Diagnostic] = []
    }

    public let root: URL
    public let config: SiteConfig

    public init(root: URL, config: SiteConfig) {
        self.root = root
        self.config = config
    }

    public func load() -> Output {
        var output = Output()
        let content = root.appendingPathComponent("content")
        for relativePath in FileTree.files(under: content, reportedAs: "content", diagnostics: &output.diagnostics) {
            let sourcePath = "content/\(relativePath)"
            switch ContentFile.classify(relativePath, config: config) {
            case .ignored: continue
            case .asset: output.assets.append(String(relativePath.dropFirst("assets/".count)))
            case .misplaced(let reason):
                output.diagnostics.append(.error(reason, at: SourceLocation(file: sourcePath, line: 1, column: 1)))
            case .page(let kind, let key, let language):
                let url = content.appendingPathComponent(relativePath)
                let (page, diagnostics) = loadPage(at: url, sourcePath: sourcePath, kind: kind, key: key, language: language)
                output.pages.append(page)
                output.diagnostics += diagnostics
            }
        }
        return output
    }

    /// A page that fails to load is still returned, so its URL stays reserved and links to it
    /// cause no follow-on errors.
    private func loadPage(at url: URL, sourcePath: String, kind: PageKind?, key: String,
                          language: String) -> (SourcePage, [Diagnostic]) {
        var page = SourcePage(sourcePath: sourcePath, kind: kind, key: key, language: language,
                              frontMatter: FrontMatter(title: key), body: "", bodyStartLine: 1)
        let start = SourceLocation(file: sourcePath, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (page, [.error("cannot read the file", at: start)])
        }
        guard let text = SourceFileText.decode(data) else {
            return (page, [.error("the file is not UTF-8 text; save it as UTF-8", at: start)])
        }
        let source = SourceText(text)
        switch FrontMatterSplitter.split(text) {
        case .failure:
            return (page, [.error("front matter opened here is never closed with '---'", at: start, in: source)])
        case .success(let split):
            let (frontMatter, diagnostics) = FrontMatterDecoder.decode(split, file: sourcePath, text: source, kind: kind)
            page.frontMatter = frontMatter
            if frontMatter.title.isEmpty { page.frontMatter.title = key }
            page.body = split.body
            page.bodyStartLine = split.bodyStartLine
            return (page, diagnostics)
        }
    }
}
