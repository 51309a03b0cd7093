import Foundation
import PlaybookModel
import PlaybookSupport

/// Writes a `SearchIndex` as compact JSON with sorted keys and `/` unescaped, the bytes
/// `JSONEncoder` would give, as a stream of pieces of `itemsPerPiece` documents or terms.
///
/// A large index holds a great many terms and postings; `JSONEncoder` boxes every one of them
/// in its own encoder value first, which makes encoding as costly as building the index. As
/// one string, both languages' texts would be held at the build's peak until both files were
/// written; as a stream only a batch of pieces is, and the
/// script copy writes the same pieces again from the index. `SearchIndex` stays `Codable` for
/// reading it back.
enum SearchIndexJSON {
    /// Documents or terms per piece: pieces of some tens of kilobytes, so that a batch of them
    /// in flight (`PieceStream.batchSize`) stays small.
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
            var out = JSONText()
            out.raw(before)
            out.raw("{")
            out.key("docs", first: true, .compact)
            out.raw("[")
            return out.text
        case .docs(let range):
            var out = JSONText(capacity: range.reduce(0) { $0 + estimatedSize(index.docs[$1]) })
            for number in range {
                out.element(first: number == 0, .compact)
                document(index.docs[number], to: &out)
            }
            return out.text
        case .middle:
            var out = JSONText()
            out.endArray(.compact, isEmpty: index.docs.isEmpty)
            out.key("kinds", .compact)
            out.array(index.kinds) { $0.strings($1) }
            out.key("language", .compact)
            out.string(index.language)
            out.key("pillars", .compact)
            out.array(index.pillars) { $0.strings($1) }
            out.key("terms", .compact)
            out.raw("[")
            return out.text
        case .terms(let range):
            var out = JSONText(capacity: range.reduce(0) { $0 + estimatedSize(index.terms[$1]) })
            for number in range {
                // A term is `["term",[postings]]`.
                out.element(first: number == 0, .compact)
                out.raw("[")
                out.string(index.terms[number].term)
                out.raw(",[")
                out.integers(index.terms[number].postings)
                out.raw("]]")
            }
            return out.text
        case .tail:
            var out = JSONText()
            out.endArray(.compact, isEmpty: index.terms.isEmpty)
            out.key("version", .compact)
            out.integer(index.version)
            out.endObject(.compact)
            out.raw(after)
            return out.text
        }
    }

    static func document(_ doc: SearchDocument, to out: inout JSONText) {
        // Keys in sorted order: h, k, p, t, u, x; `h` is left out when absent.
        out.raw("{")
        if let heading = doc.h {
            out.key("h", first: true, .compact)
            out.string(heading)
        }
        out.key("k", first: doc.h == nil, .compact)
        out.string(doc.k)
        out.key("p", .compact)
        out.strings(doc.p)
        out.key("t", .compact)
        out.string(doc.t)
        out.key("u", .compact)
        out.string(doc.u)
        out.key("x", .compact)
        out.string(doc.x)
        out.endObject(.compact)
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
