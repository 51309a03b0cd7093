import Synchronization

/// Where each article of a handbook ends up in the file written, learnt while the file is
/// made: the build cache records it so that the next build can copy articles out of the file
/// (`PreviousHandbook`).
public final class HandbookLayout: Sendable {
    /// Where an article's bytes are among the file's pieces: a piece of its own, or inside a
    /// piece copied from the previous file, at `old` there.
    enum Placement: Sendable {
        case piece(Int)
        case inside(piece: Int, pieceStart: Int, old: Range<Int>)
    }

    private let state = Mutex<(placements: [Placement], lengths: [Int?])>(([], []))

    public init() {}

    /// Set before the file is made.
    func plan(_ placements: [Placement], pieces: Int) {
        state.withLock { $0 = (placements, Array(repeating: nil, count: pieces)) }
    }

    func noteLength(of piece: Int, _ count: Int) {
        state.withLock { $0.lengths[piece] = count }
    }

    /// Each article's bytes in the file, in the book's order; nil until every piece was made.
    public func articleRanges() -> [Range<Int>]? {
        let (placements, lengths) = state.withLock { $0 }
        var starts: [Int] = []
        var offset = 0
        for length in lengths {
            guard let length else { return nil }
            starts.append(offset)
            offset += length
        }
        return placements.map { placement in
            switch placement {
            case .piece(let piece):
                starts[piece] ..< starts[piece] + lengths[piece]!
            case .inside(let piece, let pieceStart, let old):
                old.lowerBound - pieceStart + starts[piece] ..< old.upperBound - pieceStart + starts[piece]
            }
        }
    }
}
