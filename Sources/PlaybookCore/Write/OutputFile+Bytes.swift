import Foundation

extension OutputFile {
    /// The file's bytes: its data, the contents of the file it copies, or its rendering.
    func bytes() throws -> Data {
        switch contents {
        case .data(let data): return data
        case .copy(let source): return try Data(contentsOf: source)
        case .rendered(let render): return render()
        }
    }
}
