import Foundation

/// Writes a `SearchIndex` as compact JSON with sorted keys and `/` unescaped, the bytes
/// `JSONEncoder` would give, straight into one byte buffer.
///
/// A 10,000-page index holds hundreds of thousands of terms and postings; `JSONEncoder` boxes
/// every one of them in its own encoder value first, which made encoding cost as much as
/// building the index. `SearchIndex` stays `Codable` for reading it back.
enum SearchIndexJSON {
    /// The JSON as a string (the search index is written from it twice, as JSON and as script).
    static func text(_ index: SearchIndex) -> String {
        var out = JSONText(capacity: estimatedSize(index))
        out.raw("{\"docs\":[")
        for (number, doc) in index.docs.enumerated() {
            if number > 0 { out.raw(",") }
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
        out.raw("],\"kinds\":[")
        out.list(index.kinds) { $0.strings($1) }
        out.raw("],\"language\":")
        out.string(index.language)
        out.raw(",\"pillars\":[")
        out.list(index.pillars) { $0.strings($1) }
        out.raw("],\"terms\":[")
        out.list(index.terms) { out, term in
            out.raw("[")
            out.string(term.term)
            out.raw(",[")
            out.list(term.postings) { $0.integer($1) }
            out.raw("]]")
        }
        out.raw("],\"version\":")
        out.integer(index.version)
        out.raw("}")
        return out.text
    }

    /// The JSON's length, exactly unless a string needs escapes, so that its text is
    /// allocated once.
    static func estimatedSize(_ index: SearchIndex) -> Int {
        var size = 128 + index.language.utf8.count
        for doc in index.docs {
            size += 32 + JSONText.size(of: doc.t) + JSONText.size(of: doc.u) + JSONText.size(of: doc.k) + JSONText.size(of: doc.x)
                + (doc.h.map { 5 + JSONText.size(of: $0) } ?? 0) + doc.p.reduce(2) { $0 + JSONText.size(of: $1) + 1 }
        }
        for pair in index.kinds + index.pillars { size += pair.reduce(3) { $0 + JSONText.size(of: $1) + 1 } }
        for term in index.terms {
            size += 6 + JSONText.size(of: term.term) + term.postings.reduce(0) { $0 + JSONText.size(of: $1) + 1 }
        }
        return size
    }
}
