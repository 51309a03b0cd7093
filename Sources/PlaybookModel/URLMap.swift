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

    /// Files that would publish to one URL, each an error at the later file naming both and
    /// the URL: two claims on one address (`listen.md` and `listen.en.md` when `en` is the
    /// default language; `listen.md` and `listen/index.md`), and URLs that differ only in
    /// letter case (`Listen.md` and `listen.md`), which case-insensitive disks and servers
    /// take for one. Assets likewise.
    public static func duplicates(in pages: [SourcePage], assets: [String], defaultLanguage: String) -> [Diagnostic] {
        let pageClaims = pages.map { page in
            (source: page.sourcePath, url: SitePath.folder(key: page.key, language: page.language, defaultLanguage: defaultLanguage) + "index.html")
        }
        return collisions(pageClaims) + collisions(assets.map { (source: "content/assets/\($0)", url: "assets/\($0)") })
    }

    private static func collisions(_ claims: [(source: String, url: String)]) -> [Diagnostic] {
        var first: [String: (source: String, url: String)] = [:]
        var diagnostics: [Diagnostic] = []
        for claim in claims {
            let folded = claim.url.lowercased()
            guard let other = first[folded] else {
                first[folded] = claim
                continue
            }
            let location = SourceLocation(file: claim.source, line: 1, column: 1)
            if claim.url == other.url {
                diagnostics.append(.error("'\(claim.source)' and '\(other.source)' both publish to '\(claim.url)'", at: location))
            } else {
                diagnostics.append(.error("'\(claim.source)' and '\(other.source)' publish to '\(claim.url)' and '\(other.url)', which differ only in letter case",
                                          at: location, notes: ["case-insensitive disks and servers take them for one; rename one of the files"]))
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
