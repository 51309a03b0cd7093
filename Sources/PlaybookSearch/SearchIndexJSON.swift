import Foundation
import PlaybookModel
import PlaybookSupport

/// Writes a `SearchIndex` as compact JSON with sorted keys and `/` unescaped, the bytes
/// `JSONEncoder` would give, as a stream of pieces of a few thousand documents or terms.
///
/// A 10,000-page index holds hundreds of thousands of terms and postings; `JSONEncoder` boxes
/// every one of them in its own encoder value first, which made encoding cost as much as
/// building the index. As one string, the two languages' texts (110 MB) were held at the
/// build's peak until both files were written; as a stream only a batch of pieces is, and the
/// script copy writes the same pieces again from the index. `SearchIndex` stays `Codable` for
/// reading it back.
enum SearchIndexJSON {
    /// Documents or terms per piece: pieces of 10 to 60 KB, so that a batch of them in
    /// flight (`PieceStream.batchSize`) stays a few megabytes.
    static let itemsPerPiece = 128

    /// The JSON between `before` and `after` (the script copy wraps it in an assignment).
    /// Streams of equal indexes are equal, so the preview leaves an unchanged index alone.
    /// Streams of one index given the same `shared` make each piece between the head and the
    /// tail (all but `before` and `after`) once between them.
    static func stream(_ index: SearchIndex, before: String = "", after: String = "", itemsPerPiece: Int = itemsPerPiece,
                       shared: SharedPieces? = nil) -> PieceStream {
        let pieces = [Piece.head] + chunks(index.docs.count, itemsPerPiece).map(Piece.docs)
            + [.middle] + chunks(index.terms.count, itemsPerPiece).map(Piece.terms) + [.tail]
        return PieceStream(count: pieces.count, source: Source(index: index, before: before, after: after)) { number in
            let make = { text(of: pieces[number], in: index, before: before, after: after) }
            guard let shared, number > 0, number < pieces.count - 1 else { return make() }
            return shared.piece(number, make: make)
        }
    }

    private struct Source: Hashable, Sendable {
        var index: SearchIndex
        var before: String
        var after: String
    }

    private enum Piece {
        case head
        case docs(Range<Int>)
        /// From the end of the documents to the start of the terms.
        case middle
        case terms(Range<Int>)
        case tail
    }

    private static func chunks(_ count: Int, _ length: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: length).map { $0..<min($0 + length, count) }
    }

    private static func text(of piece: Piece, in index: SearchIndex, before: String, after: String) -> String {
        switch piece {
        case .head:
            return before + "{\"docs\":["
        case .docs(let range):
            var out = JSONText(capacity: range.reduce(0) { $0 + estimatedSize(index.docs[$1]) })
            for number in range {
                if number > 0 { out.raw(",") }
                document(index.docs[number], to: &out)
            }
            return out.text
        case .middle:
            var out = JSONText()
            out.raw("],\"kinds\":[")
            out.list(index.kinds) { $0.strings($1) }
            out.raw("],\"language\":")
            out.string(index.language)
            out.raw(",\"pillars\":[")
            out.list(index.pillars) { $0.strings($1) }
            out.raw("],\"terms\":[")
            return out.text
        case .terms(let range):
            var out = JSONText(capacity: range.reduce(0) { $0 + estimatedSize(index.terms[$1]) })
            for number in range {
                if number > 0 { out.raw(",") }
                out.raw("[")
                out.string(index.terms[number].term)
                out.raw(",[")
                out.integers(index.terms[number].postings)
                out.raw("]]")
            }
            return out.text
        case .tail:
            return "],\"version\":\(index.version)}" + after
        }
    }

    static func document(_ doc: SearchDocument, to out: inout JSONText) {
        // Keys in sorted order: h, k, p, t, u, x; `h` is left out when absent.
        out.raw("{")
        if let heading = doc.h {
            out.raw("\"h\":")
            out.string(heading)
            out.raw(",")
        }
        out.raw("\"k\":")
        out.string(doc.k)
        out.raw(",\"p\":")
        out.strings(doc.p)
        out.raw(",\"t\":")
        out.string(doc.t)
        out.raw(",\"u\":")
        out.string(doc.u)
        out.raw(",\"x\":")
        out.string(doc.x)
        out.raw("}")
    }

    /// A document's length in the JSON with its comma, exactly unless a string needs escapes,
    /// so that a piece's text is allocated once.
    static func estimatedSize(_ doc: SearchDocument) -> Int {
        32 + JSONText.size(of: doc.t) + JSONText.size(of: doc.u) + JSONText.size(of: doc.k) + JSONText.size(of: doc.x)
            + (doc.h.map { 5 + JSONText.size(of: $0) } ?? 0) + doc.p.reduce(2) { $0 + JSONText.size(of: $1) + 1 }
    }

    /// A term's length in the JSON with its comma (see the document's).
    static func estimatedSize(_ term: SearchTerm) -> Int {
        6 + JSONText.size(of: term.term) + term.postings.reduce(0) { $0 + JSONText.size(of: $1) + 1 }
    }
}
