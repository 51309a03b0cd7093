import PlaybookModel

/// A language's index terms made from the last build's (`IndexedTerms`) when few pages
/// changed. A term whose occurrences in the changed pages are not what they were gets its
/// postings decoded, those pages' documents taken out and put in again as they are now, and
/// encoded again; every other term is copied as it was. The result is what gathering every
/// page's terms makes (`TermBuckets`): the same terms in the same order, each with the same
/// documents and title and heading bits, encoded for the same number of documents.
enum TermsPatch {
    /// How many pages may have changed, at most, for the terms to be patched rather than
    /// gathered again: one in `fewPages`.
    static let fewPages = 32

    /// A term's occurrence in a document, with its fields (`SearchField` bits).
    struct Posting: Equatable {
        var doc: Int32
        var fields: UInt8
    }

    /// The patched terms, or nil when `previous` is not of the same documents (as many pages,
    /// each with as many documents), too many pages changed, or a changed page's sections
    /// of the last build cannot be read (`memory`). `sections(i)` gives page `i`'s sections now.
    static func patched(_ previous: IndexedTerms, pages: [IndexedPage], sections: (Int) -> [SearchSection],
                        memory: SearchMemory) -> EncodedTerms? {
        guard previous.pages.count == pages.count, zip(previous.pages, pages).allSatisfy({ $0.docs == $1.docs }) else { return nil }
        let changed = pages.indices.filter { pages[$0] != previous.pages[$0] }
        guard changed.count <= max(1, pages.count / fewPages) else { return nil }
        var firstDocs: [Int] = [], universe = 0
        for page in pages {
            firstDocs.append(universe)
            universe += page.docs
        }
        var before: [[UInt8]: [Posting]] = [:], after: [[UInt8]: [Posting]] = [:], changedDocs: [Range<Int>] = []
        for number in changed {
            let (old, new) = (previous.pages[number], pages[number])
            guard let oldSections = memory.sections(ofToken: old.token), oldSections.count == old.docs else { return nil }
            let newSections = sections(number)
            guard newSections.count == new.docs else { return nil }
            collect(oldSections, pillars: old.pillars, firstDoc: firstDocs[number], into: &before)
            collect(newSections, pillars: new.pillars, firstDoc: firstDocs[number], into: &after)
            changedDocs.append(firstDocs[number]..<(firstDocs[number] + new.docs))
        }
        let touched = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted { a, b in
            a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in ByteOrder.precedes(a, b) } }
        }
        return merge(previous.terms, touched: touched, after: after, changedDocs: changedDocs, universe: universe)
    }

    /// Each term of `sections` (documents from `firstDoc` on) and of the page's pillars, with its document.
    private static func collect(_ sections: [SearchSection], pillars: [String], firstDoc: Int, into postings: inout [[UInt8]: [Posting]]) {
        for (offset, section) in sections.enumerated() {
            let doc = Int32(firstDoc + offset)
            section.terms.forEach { term, fields in postings[Array(term), default: []].append(Posting(doc: doc, fields: UInt8(fields))) }
            for pillar in pillars {
                postings[Array(SearchIndexBuilder.pillarTerm(pillar).utf8), default: []]
                    .append(Posting(doc: doc, fields: UInt8(SearchField.text.rawValue)))
            }
        }
    }

    /// `terms` with each of `touched` (in byte order) encoded again: its documents outside
    /// `changedDocs`, then `after`'s for it, in document order; a term left with none is
    /// dropped. The terms between are copied a run at a time.
    private static func merge(_ terms: EncodedTerms, touched: [[UInt8]], after: [[UInt8]: [Posting]],
                              changedDocs: [Range<Int>], universe: Int) -> EncodedTerms {
        var result = EncodedTerms(reservingTerms: terms.count + touched.count, termBytes: terms.bytes.count, postingBytes: terms.postings.count)
        var writer = BitWriter()
        var copied = 0  // terms before it are in `result` or replaced
        for term in touched {
            term.withUnsafeBufferPointer { term in
                let place = terms.place(of: term)
                result.append(copied..<place, of: terms)
                var postings = after[Array(term)] ?? []
                if place < terms.count, terms.bytes[terms.term(place)].elementsEqual(term) {
                    var reader = BitReader(bytes: Array(terms.postings[terms.postings(place)]))
                    postings += PostingsCoding.decode(&reader, universe: universe)
                        .filter { posting in !changedDocs.contains { $0.contains(posting.document) } }
                        .map { Posting(doc: Int32($0.document), fields: UInt8($0.fields)) }
                    postings.sort { $0.doc < $1.doc }
                    copied = place + 1
                } else {
                    copied = place
                }
                guard !postings.isEmpty else { return }
                PostingsCoding.encode(docs: postings.map(\.doc)[...], fields: postings.map(\.fields)[...], universe: universe, into: &writer)
                let bits = writer.count
                writer.pad()
                result.append(term: term, postings: writer.bytes, bits: bits)
                writer.removeAll()
            }
        }
        result.append(copied..<terms.count, of: terms)
        return result
    }
}
