import Foundation

/// Maps request paths to files, never leaving the site folder.
///
/// The raw path is split on `/` *before* percent-decoding, so `%2F` cannot make a separator;
/// `.`/`..` segments, empty segments (`//etc`), NUL and backslashes are refused outright; and
/// the candidate's real path (symlinks resolved) must lie under the folder's real path,
/// compared component by component, so `/site-other` never passes for `/site`.
public struct SiteFolder: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// `rawPath` is the request target as sent, query included or not.
    public func lookup(_ rawPath: String) -> SiteLookup {
        let path = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard path.hasPrefix("/"), let segments = Self.segments(of: path) else { return .notFound }
        guard let rootReal = Self.realPath(root.path) else { return .notFound }
        let candidate = segments.reduce(rootReal) { $0 + "/" + $1 }
        guard let real = Self.realPath(candidate), Self.isInside(real, rootReal) else { return .notFound }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return .notFound }
        if !isDirectory.boolValue { return .file(URL(fileURLWithPath: real)) }
        if !path.hasSuffix("/") { return .redirect(path + "/") }
        guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, rootReal),
              FileManager.default.fileExists(atPath: index, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return .notFound }
        return .file(URL(fileURLWithPath: index))
    }

    /// The theme's 404 page for a missing path: the one of the language folder the path is in
    /// (`/zh/…` → `/zh/404.html`), else the site's own, if the site has one.
    public func notFoundPage(for rawPath: String) -> URL? {
        let first = rawPath.split(separator: "/").first.map(String.init) ?? ""
        if !first.isEmpty, case .file(let url) = lookup("/\(first)/404.html") { return url }
        if case .file(let url) = lookup("/404.html") { return url }
        return nil
    }

    /// Decoded path segments, or nil when any segment is hostile.
    static func segments(of path: String) -> [String]? {
        var parts = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }  // the trailing slash of a directory URL
        var segments: [String] = []
        for part in parts {
            guard !part.isEmpty, let decoded = part.removingPercentEncoding, !decoded.isEmpty,
                  decoded != ".", decoded != "..",
                  !decoded.contains("/"), !decoded.contains("\\"), !decoded.contains("\0")
            else { return nil }
            segments.append(decoded)
        }
        return segments
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        let pathComponents = path.split(separator: "/"), rootComponents = root.split(separator: "/")
        return pathComponents.count >= rootComponents.count && Array(pathComponents.prefix(rootComponents.count)) == rootComponents
    }

    /// The canonical absolute path with every symlink resolved, or nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
