import Foundation

/// One file of the built site: its path under `site/` and how to get its bytes.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case data(Data)
        /// A file copied as it is (content assets), read only when written.
        case copy(from: URL)
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

    public init(path: String, rendering render: @escaping @Sendable () -> FileBytes) {
        self.path = path
        self.contents = .rendered(render)
    }
}
