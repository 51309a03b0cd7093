import Foundation
import PlaybookSupport

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
        guard let boundary = FolderBoundary(root) else { return .notFound }
        let candidate = segments.reduce(boundary.realPath) { $0 + "/" + $1 }
        guard let real = FolderBoundary.realPath(of: candidate), boundary.contains(realPath: real) else { return .notFound }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return .notFound }
        if !isDirectory.boolValue { return .file(URL(fileURLWithPath: real)) }
        if !path.hasSuffix("/") { return .redirect(path + "/") }
        guard let index = FolderBoundary.realPath(of: real + "/index.html"), boundary.contains(realPath: index),
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
}
