import Foundation
import PlaybookModel

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    public var root: URL
    public var output: URL
    public var includeDrafts: Bool
    /// Overrides `baseURL` of playbook.yml (for feeds and sitemaps).
    public var baseURL: String?

    public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("site")
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }
}
