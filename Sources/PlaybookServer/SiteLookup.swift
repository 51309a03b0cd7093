import Foundation

/// What a request path names inside the site folder.
public enum SiteLookup: Sendable, Equatable {
    /// A regular file inside the site folder (symlinks resolved).
    case file(URL)
    /// A directory asked for without its trailing slash: redirect to this path.
    case redirect(String)
    case notFound
}
