import Foundation
import PlaybookModel

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    public var root: URL
    public var output: URL
    public var includeDrafts: Bool
    /// Overrides `baseURL` of playbook.yml (for feeds and sitemaps).
    public var baseURL: String?
    /// Keep each page's conversion in `cacheFolder` for the next build, and use what the last
    /// one kept there (`PageStore`): `playbook build` does unless given `--no-cache`.
    public var usesCache: Bool
    /// Names the binary in the cache's keys; nil for the running executable's file identity.
    /// A new binary never uses entries an old one made (tests give their own names).
    public var binaryIdentity: String?

    public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil, usesCache: Bool = false) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("site")
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.usesCache = usesCache
    }

    /// The build cache's folder, beside the output and never inside it: `.site.cache` for `site/`.
    public var cacheFolder: URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).cache")
    }
}
