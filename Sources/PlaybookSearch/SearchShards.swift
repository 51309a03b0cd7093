import Foundation
import PlaybookSupport

/// Cuts a language's index into the files of its `search/` folder, each a small script that
/// hands its data to `window.PlaybookSearch.add(name, data)` (`theme/search.js`), so that it
/// loads with a script element over http(s), under any path, and from `file://`:
///
/// - `manifest.js`: the number of documents, the kinds with their documents, the pillars, the
///   first term of each term shard, so that a query loads only the shards of its terms, and
///   for a language other than the default one its fallback (`SearchFallback`), and `pages`,
///   in base64, one bit per document (first document in the first byte's highest bit), set
///   where a page starts, so that results are grouped by page before their documents load;
/// - `t<n>.js`: a run of terms in byte order, about `shardBytes` each: `terms` holds each term
///   against the one before (`ShardTermCoding`); `postings` (`PrintableBytes`), the terms' postings
///   (`PostingsCoding`) one after the other in one stream of bits, padded with zeros to a
///   whole byte at its end only;
/// - `d<n>.js`: documents `docsPerChunk × n` onwards, each `[title, heading or null, URL
///   relative to the language root, kind, pillars, excerpt]`, or, for a section of the page of
///   the document before it, `[0, heading, "#" + anchor, 0, 0, excerpt]`, with `"#"` alone
///   where the anchor is the one `anchor(_:)` makes of the heading.
enum SearchShards {
    static let shardBytes = 12_000
    static let docsPerChunk = 16
    static let maxShared = 40

    /// The files, in the language's `search/` folder (`folder` ends in `/`); shards and chunks
    /// are made on every core, but for a chunk `kept` gives (the output's own). Tests give
    /// smaller `shardBytes`.
    static func files(_ index: SearchIndex, folder: String, shardBytes: Int = shardBytes,
                      kept: (String) -> OutputFile? = { _ in nil }) -> [OutputFile] {
        let shards = cut(index.terms, shardBytes: shardBytes)
        let shardFiles = shards.concurrentMap { shard in
            OutputFile(path: folder + "t\(shard.number).js", data: shardScript(shard, index.terms))
        }
        var chunkFiles: [OutputFile] = [], chunks: [Int] = []
        for first in stride(from: 0, to: index.docs.count, by: docsPerChunk) {
            if let file = kept(folder + "d\(first / docsPerChunk).js") { chunkFiles.append(file) } else { chunks.append(first) }
        }
        chunkFiles += chunks.concurrentMap { first in
            let number = first / docsPerChunk
            var out = JSONText()
            var page = -1  // the page of the document before
            out.array(Array(first..<min(first + docsPerChunk, index.docs.count))) { out, position in
                let (docPage, section) = index.docs.section(position)
                out.raw("[")
                if docPage == page, let fragment = section.anchor {
                    // The page of the document before: only its heading, anchor and excerpt,
                    // with no need to make the document's URL.
                    out.raw("0,")
                    out.string(section.heading ?? "")
                    out.raw(",")
                    out.string(section.heading.flatMap(anchor) == fragment ? "#" : "#" + fragment)
                    out.raw(",0,0,")
                } else {
                    let doc = index.docs[position]
                    out.string(doc.title)
                    out.raw(",")
                    if let heading = doc.heading { out.string(heading) } else { out.raw("null") }
                    out.raw(",")
                    out.string(doc.url)
                    out.raw(",")
                    out.string(doc.kind)
                    out.raw(",")
                    out.strings(doc.pillars)
                    out.raw(",")
                }
                out.string(section.excerpt)
                out.raw("]")
                page = docPage
            }
            return OutputFile(path: folder + "d\(number).js", data: script("d\(number)", out.utf8))
        }
        return [OutputFile(path: folder + "manifest.js", data: script("manifest", manifest(index, shards)))] + shardFiles + chunkFiles
    }

    /// The anchor `theme/search.js` makes of a heading (`anchorOf`) when a chunk gives only
    /// `"#"` for it: a heading's own anchor, as the Markdown converter makes it, where the
    /// heading holds ASCII, Chinese characters (and Hangul syllables) and the usual Chinese
    /// punctuation only; nil for any other heading, whose anchor a chunk always gives. The
    /// lower-cased ASCII letters, digits, `_` and the Chinese characters kept, runs of spaces
    /// (U+3000 too) and `-` between them as one `-`, the rest dropped (none of it is a letter,
    /// digit or mark); `section` when nothing is kept.
    static func anchor(_ heading: String) -> String? {
        var result = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in heading.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x5F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            case 0x20, 0x2D, 0x09...0x0D, 0x3000: pendingDash = true
            case 0..<0x80, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x3001, 0x3002, 0x3008...0x3011, 0x3014...0x301F,
                 0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F: continue
            default: return nil
            }
        }
        return result.isEmpty ? "section" : String(result)
    }

    /// A shard: consecutive terms, as ranges of the index's runs.
    struct Shard: Sendable {
        var number: Int
        var pieces: [(run: Int, terms: Range<Int>)]
    }

    /// The terms in shards of about `shardBytes` of terms and postings; a term larger than that
    /// has a shard of its own. Cut in one pass over the sizes, so that the shards are the same
    /// however the runs were split.
    static func cut(_ runs: [EncodedTerms], shardBytes: Int) -> [Shard] {
        var shards: [Shard] = []
        var current = Shard(number: 0, pieces: []), size = 0
        for (number, run) in runs.enumerated() {
            var start = 0
            for term in 0..<run.count {
                let termSize = run.term(term).count + (run.postingBits(term) + 7) / 8
                if size > 0, size + termSize > shardBytes {
                    if term > start { current.pieces.append((number, start..<term)) }
                    shards.append(current)
                    (current, size, start) = (Shard(number: shards.count, pieces: []), 0, term)
                }
                size += termSize
            }
            if run.count > start { current.pieces.append((number, start..<run.count)) }
        }
        if !current.pieces.isEmpty { shards.append(current) }
        return shards
    }

    /// A shard's script, its data `{"postings":…,"terms":…}` written as bytes: neither text needs
    /// an escape in JSON (the terms are letters and digits, `ShardTermCoding` adds printable
    /// ASCII and spaces, and `PrintableBytes` leaves out `"` and `\`).
    private static func shardScript(_ shard: Shard, _ runs: [EncodedTerms]) -> Data {
        var terms: [UInt8] = [], postings = BitWriter()
        var previous: [UInt8] = []  // the last term of the piece before
        for (run, range) in shard.pieces {
            let encoded = runs[run]
            previous = encoded.bytes.withUnsafeBufferPointer { bytes in
                previous.withUnsafeBufferPointer { carried in
                    var before = carried
                    for term in range {
                        let termBytes = UnsafeBufferPointer(rebasing: bytes[encoded.term(term)])
                        ShardTermCoding.append(termBytes, after: before, to: &terms)
                        before = termBytes
                    }
                    return Array(before)
                }
            }
            encoded.postings.withUnsafeBufferPointer { bytes in
                for term in range {
                    postings.append(UnsafeBufferPointer(rebasing: bytes[encoded.postings(term)]), bits: encoded.postingBits(term))
                }
            }
        }
        assert(!terms.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }, "terms need no escape")
        let bits = postings.flush()
        let (head, middle, tail) = (Array("window.PlaybookSearch.add(\"t\(shard.number)\",{\"postings\":\"".utf8), Array("\",\"terms\":\"".utf8), Array("\"});\n".utf8))
        let digits = PrintableBytes.length(of: bits.count)
        return Data([UInt8](unsafeUninitializedCapacity: head.count + digits + middle.count + terms.count + tail.count) { out, count in
            count = out.initialize(fromContentsOf: head)
            PrintableBytes.encode(bits, to: out.baseAddress! + count)
            count += digits
            for part in [middle, terms, tail] {
                count += UnsafeMutableBufferPointer(rebasing: out[count...]).initialize(fromContentsOf: part)
            }
        })
    }

    /// How many bytes `term` shares with `previous`, ending at a character's end, and how many
    /// UTF-16 units they are; at most `maxShared` units, so that the count is one character.
    static func sharedPrefix(_ previous: UnsafeBufferPointer<UInt8>, _ term: UnsafeBufferPointer<UInt8>) -> (bytes: Int, units: Int) {
        var (bytes, units) = (0, 0)
        var index = 0
        while index < min(previous.count, term.count) {
            let lead = term[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let scalarUnits = length == 4 ? 2 : 1
            guard index + length <= previous.count, units + scalarUnits <= maxShared,
                  (index..<index + length).allSatisfy({ previous[$0] == term[$0] }) else { break }
            index += length
            (bytes, units) = (index, units + scalarUnits)
        }
        return (bytes, units)
    }

    private static func manifest(_ index: SearchIndex, _ shards: [Shard]) -> [UInt8] {
        var out = JSONText()
        out.raw("{")
        out.key("chunk", first: true, .compact)
        out.integer(docsPerChunk)
        out.key("docs", .compact)
        out.integer(index.docs.count)
        if let fallback = index.fallback {
            out.key("fallback", .compact)
            out.raw("{")
            out.key("folder", first: true, .compact)
            out.string(fallback.folder)
            out.key("skip", .compact)
            out.array(fallback.skip) { out, range in
                out.raw("[")
                out.integers([range.lowerBound, range.upperBound])
                out.raw("]")
            }
            out.endObject(.compact)
        }
        out.key("kinds", .compact)
        out.array(index.kinds) { out, kind in
            out.raw("[")
            out.string(kind.name)
            out.raw(",")
            out.string(kind.label)
            out.raw(",")
            out.integers([kind.docs.lowerBound, kind.docs.upperBound])
            out.raw("]")
        }
        out.key("language", .compact)
        out.string(index.language)
        out.key("pages", .compact)
        out.string(pageStarts(index.docs).base64EncodedString())
        out.key("pillars", .compact)
        out.array(index.pillars) { $0.strings($1) }
        out.key("shards", .compact)
        out.array(shards) { out, shard in
            let (run, terms) = shard.pieces[0]
            out.string(String(decoding: index.terms[run].bytes[index.terms[run].term(terms.lowerBound)], as: UTF8.self))
        }
        out.key("version", .compact)
        out.integer(7)
        out.endObject(.compact)
        return out.utf8
    }

    /// One bit per document, set where a page starts (a page's documents are consecutive).
    static func pageStarts(_ docs: SearchDocuments) -> Data {
        var bits = [UInt8](repeating: 0, count: (docs.count + 7) / 8)
        for (_, pageDocs) in docs.pageDocuments where !pageDocs.isEmpty {
            bits[pageDocs.lowerBound / 8] |= 0x80 >> UInt8(pageDocs.lowerBound % 8)
        }
        return Data(bits)
    }

    /// The script that hands `data`, JSON as UTF-8, to the page under `name`.
    private static func script(_ name: String, _ data: [UInt8]) -> Data {
        var script = Data("window.PlaybookSearch.add(\"\(name)\",".utf8)
        script.append(contentsOf: data)
        script.append(contentsOf: ");\n".utf8)
        return script
    }
}
