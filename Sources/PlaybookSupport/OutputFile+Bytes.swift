import Foundation

extension OutputFile {
    /// The file's bytes: its data, the contents of the file it copies or keeps, or its rendering.
    public func bytes() throws -> FileBytes {
        switch contents {
        case .data(let data): return .data(data)
        case .copy(let source): return .data(try Data(contentsOf: source))
        case .kept(let file): return .data(try Data(contentsOf: URL(fileURLWithPath: file, isDirectory: false)))
        case .rendered(let render): return render()
        }
    }
}
