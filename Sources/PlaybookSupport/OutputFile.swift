import Foundation

/// One file of the built site: its path under `site/` and how to get its bytes.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case data(Data)
        /// A file copied as it is (content assets), read only when written.
        case copy(from: URL)
        /// The output's own file, at this path on disk, kept as the last build left it (the
        /// build cache's `KeptPages`): the writer leaves it where it is, never reading it.
        /// A plain path, not a `URL`: a build after an edit keeps thousands.
        case kept(at: String)
        /// A file rendered only when the writer gets to it, so that a large site's pages are
        /// never all in memory at once (`PageRenderer`).
        case rendered(@Sendable () -> FileBytes)
    }

    public init(path: String, data: Data) {
        self.path = path
        self.contents = .data(data)
    }

    public init(path: String, copying source: URL) {
        self.path = path
        self.contents = .copy(from: source)
    }

    /// The output's own file at `path`, kept where it is (`Contents.kept`); `file` is where it lies on disk.
    public init(path: String, keeping file: String) {
        self.path = path
        self.contents = .kept(at: file)
    }

    public init(path: String, rendering render: @escaping @Sendable () -> FileBytes) {
        self.path = path
        self.contents = .rendered(render)
    }
}
