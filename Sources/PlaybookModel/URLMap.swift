/// Every page's output folder, known before any Markdown is parsed, so links can be
/// rewritten during the one walk of each page (zola's idea).
public struct URLMap: Sendable, Hashable {
    public let defaultLanguage: String
    private var folders: [PageAddress: String] = [:]
    private var sourcePaths: [PageAddress: String] = [:]
    /// Source paths relative to `content/` of every page and asset, for "did you mean".
    public private(set) var knownSources: [String] = []
    private var assets: Set<String> = []

    /// Builds the map; a second file claiming an address already taken is an error at that file.
    public init(pages: [SourcePage], assets: [String], defaultLanguage: String) {
        self.defaultLanguage = defaultLanguage
        self.assets = Set(assets)
        knownSources = assets.map { "assets/\($0)" }
        for page in pages {
            let address = PageAddress(key: page.key, language: page.language)
            guard sourcePaths[address] == nil else { continue }
            sourcePaths[address] = page.sourcePath
            folders[address] = SitePath.folder(key: page.key, language: page.language, defaultLanguage: defaultLanguage)
            knownSources.append(String(page.sourcePath.dropFirst("content/".count)))
        }
    }

    /// Files that claim an address another file already has (`listen.md` and `listen.en.md`
    /// when `en` is the default language).
    public static func duplicates(in pages: [SourcePage]) -> [Diagnostic] {
        var first: [PageAddress: String] = [:]
        var diagnostics: [Diagnostic] = []
        for page in pages {
            let address = PageAddress(key: page.key, language: page.language)
            if let other = first[address] {
                diagnostics.append(.error("'\(page.sourcePath)' has the same output URL as '\(other)'",
                                          at: SourceLocation(file: page.sourcePath, line: 1, column: 1)))
            } else {
                first[address] = page.sourcePath
            }
        }
        return diagnostics
    }

    public func folder(of address: PageAddress) -> String? { folders[address] }
    public func sourcePath(of address: PageAddress) -> String? { sourcePaths[address] }
    public func hasAsset(_ path: String) -> Bool { assets.contains(path) }

    /// The page a link to `key` from a page in `language` lands on: that language's version
    /// when there is one, the default language's otherwise.
    public func resolve(key: String, language: String) -> PageAddress? {
        let own = PageAddress(key: key, language: language)
        if folders[own] != nil { return own }
        let fallback = PageAddress(key: key, language: defaultLanguage)
        return folders[fallback] != nil ? fallback : nil
    }
}
