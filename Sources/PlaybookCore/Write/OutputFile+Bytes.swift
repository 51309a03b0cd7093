import Foundation

extension OutputFile {
    /// The file's bytes: its data, or the contents of the file it copies.
    func bytes() throws -> Data {
        switch contents {
        case .data(let data): return data
        case .copy(let source): return try Data(contentsOf: source)
        }
    }
}
