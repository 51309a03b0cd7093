import Foundation

/// One file of the built site: its path under `site/` and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable, Hashable {
        case data(Data)
        /// A file copied as it is (content assets), read only when written.
        case copy(from: URL)
    }

    public init(path: String, data: Data) {
        self.path = path
        self.contents = .data(data)
    }

    public init(path: String, copying source: URL) {
        self.path = path
        self.contents = .copy(from: source)
    }
}
