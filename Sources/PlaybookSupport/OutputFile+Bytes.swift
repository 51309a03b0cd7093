import Foundation

extension OutputFile {
    /// The file's bytes: its data, the contents of the file it copies, or its rendering.
    public func bytes() throws -> FileBytes {
        guard let bytes = try bytesUnlessUnchanged() else { throw KnownUnchanged(path: path) }
        return bytes
    }

    /// The file's bytes, or nil when it is known to be unchanged in the output it was made for.
    public func bytesUnlessUnchanged() throws -> FileBytes? {
        switch contents {
        case .data(let data): return .data(data)
        case .copy(let source): return .data(try Data(contentsOf: source))
        case .rendered(let render): return render()
        case .renderedUnlessUnchanged(let render): return render()
        }
    }

    /// A file known unchanged in the output it was made for, asked for its bytes elsewhere.
    public struct KnownUnchanged: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "\(path) was made for an output that holds it already" }
    }
}
