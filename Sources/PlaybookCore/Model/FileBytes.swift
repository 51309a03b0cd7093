import Foundation

/// A file's bytes: one buffer, or rendered text in pieces written one after the other.
///
/// Pieces let a page made of many large parts (the handbook joins every page's article) be
/// written without first copying all of them into one string and then into one buffer: at
/// 10,000 pages that was two more copies of 127 MB.
public enum FileBytes: Sendable, Equatable {
    case data(Data)
    case text([String])

    public var count: Int {
        switch self {
        case .data(let data): data.count
        case .text(let pieces): pieces.reduce(0) { $0 + $1.utf8.count }
        }
    }

    /// Calls `body` with each piece's bytes in order.
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        switch self {
        case .data(let data):
            try data.withUnsafeBytes(body)
        case .text(let pieces):
            for piece in pieces {
                var piece = piece
                try piece.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
            }
        }
    }
}
