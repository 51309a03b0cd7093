import Foundation
import Testing
@testable import PlaybookSearch
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport

@Suite struct SearchIndexBuilderTests {
    func index(language: String) throws -> SearchIndex {
        let fixture = try PublishingFixture(PublishingFixture.bilingual)
        defer { fixture.remove() }
        let (site, messages) = fixture.resolve()
        let resolved = try #require(site, "\(messages)")
        let languageSite = try #require(resolved.languages.first { $0.language == language })
        return SearchIndexBuilder.build(languageSite, config: resolved.config, strings: ["kind_article": "Article"])
    }

    /// `[document, fields, document, fields, …]` of a term.
    func postings(_ index: SearchIndex, _ term: String) -> [Int] {
        index.terms.first { $0.term == term }?.documents.flatMap { [$0.document, $0.fields] } ?? []
    }

    @Test func postingsArePackedAsDocumentDeltasAndFields() {
        var list = PostingList()
        for (document, fields) in [(3, 1), (4, 4), (4, 2), (10, 6)] { list.add(document, fields: fields) }
        #expect(list.postings == [3 * 8 + 1, 1 * 8 + 6, 6 * 8 + 6])
        let term = SearchTerm(term: "x", postings: list.postings)
        #expect(term.documents.map(\.document) == [3, 4, 10])
        #expect(term.documents.map(\.fields) == [1, 6, 6])
    }

    @Test func eachHeadingSectionIsADocumentWithItsOwnText() throws {
        let index = try index(language: "en")
        let listen = index.docs.filter { $0.t == "Listen first" }
        #expect(listen.map(\.h) == [nil, "Recall the details", "Express"])
        #expect(listen.map(\.u) == ["articles/listen/index.html", "articles/listen/index.html#recall-the-details",
                                    "articles/listen/index.html#express"])
        #expect(listen[0].x == "Hearing the whole story. Before anything else, listen.")
        #expect(listen[1].x == "Say back the café, the flight and the date.")
        #expect(listen.allSatisfy { $0.k == "article" && $0.p == ["humanized"] })
    }

    @Test func postingsRecordTheFieldATermWasFoundIn() throws {
        let index = try index(language: "en")
        let intro = try #require(index.docs.firstIndex { $0.t == "Listen first" && $0.h == nil })
        let recall = intro + 1
        // "listen": the title and the text of the intro section (1 | 4).
        #expect(postings(index, "listen").contains(intro))
        let listen = postings(index, "listen")
        let position = try #require(listen.firstIndex(of: intro))
        #expect(listen[position + 1] == SearchField.title.rawValue | SearchField.text.rawValue)
        // "recall": the heading of the second section only.
        #expect(postings(index, "recall") == [recall, SearchField.heading.rawValue])
        // Folded at build time: "café" is indexed as "cafe".
        #expect(postings(index, "cafe") == [recall, SearchField.text.rawValue])
    }

    @Test func termsAreSortedInJavaScriptStringOrder() throws {
        let index = try index(language: "zh")
        let terms = index.terms.map(\.term)
        #expect(terms == terms.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
    }

    @Test func chineseSectionsAreIndexedByBigramsAndCharacters() throws {
        let index = try index(language: "zh")
        let intro = try #require(index.docs.firstIndex { $0.t == "先倾听" })
        #expect(postings(index, "共情") == [intro, SearchField.text.rawValue])
        #expect(postings(index, "倾听").first == intro)
        #expect(index.docs[intro + 1].u == "articles/listen/index.html#复述细节")
    }

    @Test func untranslatedPagesAreListedWithAURLToTheOriginal() throws {
        let index = try index(language: "zh")
        let flight = try #require(index.docs.first { $0.t == "The rebooked flight" })
        #expect(flight.u == "../cases/flight/index.html")
    }

    @Test func aLongSectionKeepsOnlyItsStartForTheSnippet() {
        let words = (1...200).map { "word\($0)" }.joined(separator: " ")
        let excerpt = SearchIndexBuilder.excerpt(words)
        #expect(excerpt.count <= SearchIndexBuilder.excerptLength)
        #expect(excerpt.count > SearchIndexBuilder.excerptLength - 10)
        #expect(words.hasPrefix(excerpt + " "), "cut after a whole word")
        let chinese = String(repeating: "共情", count: 400)
        #expect(SearchIndexBuilder.excerpt(chinese) == String(chinese.prefix(SearchIndexBuilder.excerptLength)))
        #expect(SearchIndexBuilder.excerpt("short text") == "short text")
    }

    /// ASCII text is cut on bytes; it must cut where cutting by `Character` does, also where the
    /// character after the cut joins the one before it (a combining mark, or LF after CR).
    @Test func anASCIIExcerptIsCutWhereCharactersAre() {
        func byCharacters(_ text: String) -> String {
            let start = text.prefix(SearchIndexBuilder.excerptLength)
            guard start.endIndex < text.endIndex else { return text }
            if let space = start.lastIndex(of: " "), start.distance(from: start.startIndex, to: space) > SearchIndexBuilder.excerptLength / 2 {
                return String(start[..<space])
            }
            return String(start)
        }
        let length = SearchIndexBuilder.excerptLength
        let words = (1...100).map { "w\($0)" }.joined(separator: " ")
        let texts = [words, String(repeating: "x", count: length + 1), String(repeating: "x", count: length) + "\u{301}tail",
                     String(repeating: "x", count: length - 1) + "\r\nmore", String(repeating: "y ", count: length / 2) + "z",
                     String(repeating: "a", count: length - 5) + " bcdefghij", "ab " + String(repeating: "c", count: length)]
        for text in texts {
            #expect(SearchIndexBuilder.excerpt(text) == byCharacters(text), "\(text.suffix(20).debugDescription)")
        }
    }

    /// The JSON as written: every piece of its stream, in order.
    func json(_ index: SearchIndex, itemsPerPiece: Int = SearchIndexJSON.itemsPerPiece, before: String = "", after: String = "") throws -> String {
        var text = ""
        try SearchIndexJSON.stream(index, before: before, after: after, itemsPerPiece: itemsPerPiece).forEachPiece { text += $0 }
        return text
    }

    @Test func theIndexRoundTripsThroughJSON() throws {
        let index = try index(language: "zh")
        let decoded = try JSONDecoder().decode(SearchIndex.self, from: Data(try json(index).utf8))
        #expect(decoded == index)
    }

    /// Pieces of one, two or many documents and terms join into the same text, wrapped as asked.
    @Test func piecesJoinIntoTheSameJSONWhateverTheirLength() throws {
        let index = try index(language: "en")
        let whole = try json(index, itemsPerPiece: index.docs.count + index.terms.count)
        for length in [1, 2, 3] { #expect(try json(index, itemsPerPiece: length) == whole) }
        #expect(try json(index, itemsPerPiece: 2, before: "window.X = ", after: ";\n") == "window.X = " + whole + ";\n")
        #expect(SearchIndexJSON.stream(index).count > 2)
    }

    /// The JSON file and the script share their pieces: each is made once, and both files
    /// still get their own head and tail, whichever is written first.
    @Test func theJSONAndTheScriptMakeTheirCommonPiecesOnce() throws {
        let index = try index(language: "en")
        let whole = try json(index)
        for scriptFirst in [false, true] {
            let shared = SharedPieces()
            let plain = SearchIndexJSON.stream(index, itemsPerPiece: 2, shared: shared)
            let script = SearchIndexJSON.stream(index, before: "window.X = ", after: ";\n", itemsPerPiece: 2, shared: shared)
            var (plainText, scriptText) = ("", "")
            if scriptFirst { try script.forEachPiece { scriptText += $0 } }
            try plain.forEachPiece { plainText += $0 }
            if !scriptFirst { try script.forEachPiece { scriptText += $0 } }
            #expect(plainText == whole)
            #expect(scriptText == "window.X = " + whole + ";\n")
        }
    }

    /// The preview leaves an unchanged index alone: streams of equal indexes are equal.
    @Test func streamsOfEqualIndexesAreEqual() throws {
        let index = try index(language: "en")
        #expect(SearchIndexJSON.stream(index) == SearchIndexJSON.stream(index))
        #expect(SearchIndexJSON.stream(index) != SearchIndexJSON.stream(index, before: "x"))
        var other = index
        other.docs[0].t += "!"
        #expect(SearchIndexJSON.stream(index) != SearchIndexJSON.stream(other))
    }

    /// Each piece is allocated once: the estimate is never short of a document or term without
    /// escapes, and only a few bytes over.
    @Test func theSizeEstimateCoversTheJSON() throws {
        for language in ["en", "zh"] {
            let index = try index(language: language)
            for doc in index.docs {
                var out = JSONText()
                out.raw(",")
                SearchIndexJSON.document(doc, to: &out)
                #expect(SearchIndexJSON.estimatedSize(doc) >= out.text.utf8.count)
                #expect(SearchIndexJSON.estimatedSize(doc) - out.text.utf8.count <= 8, "\(doc)")
            }
            for term in index.terms {
                let size = try json(SearchIndex(language: "", kinds: [], pillars: [], docs: [], terms: [term, term])).utf8.count
                    - json(SearchIndex(language: "", kinds: [], pillars: [], docs: [], terms: [term])).utf8.count
                #expect(SearchIndexJSON.estimatedSize(term) >= size)
                #expect(SearchIndexJSON.estimatedSize(term) - size <= 1, "\(term)")
            }
        }
    }

    /// Numbers are written digit by digit into the buffer: every width and sign.
    @Test func integersAreWrittenAsDecimalText() {
        for value in [0, 7, 9, 10, 99, 100, 1234, 90210, 1_000_000, -1, -10, -99, -4321, Int.max, Int.min] {
            var out = JSONText()
            out.integer(value)
            #expect(out.text == String(value))
            #expect(JSONText.size(of: value) == String(value).utf8.count)
        }
    }

    /// The hand-written writer gives `JSONEncoder`'s bytes, hostile strings included.
    @Test func theWriterMatchesJSONEncoder() throws {
        var index = try index(language: "en")
        let hostile = "quote \" back \\ slash / tab \t newline \n bell \u{07} esc \u{1B} nul \u{0} \u{2028} 共情 é"
        index.docs.append(SearchDocument(t: hostile, h: hostile, u: "a/b.html#" + hostile, k: "article", p: [hostile], x: hostile))
        index.terms.append(SearchTerm(term: hostile, postings: [0, 9, 1_000_000]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(index)
        #expect(try json(index, itemsPerPiece: 2) == String(decoding: expected, as: UTF8.self))
    }
}

@Suite struct PackedTermsTests {
    /// Each term once, in the order first added, with every field it was added with; past
    /// the table's first size (16 slots), so growing is covered.
    @Test func everyTermComesBackOnceWithItsFields() {
        let added: [(String, UInt8)] = [("listen", 1), ("共情", 2), ("listen", 4), ("共", 7), ("café", 4), ("2fa", 1), ("ñ", 2),
                                        ("2fa", 4), ("listen", 1), ("listens", 2)] + (0..<40).map { ("w\($0)", 1) } + [("共情", 4)]
        var collector = TermCollector(expectedTerms: 1)
        for (term, fields) in added {
            var term = term
            term.withUTF8 { collector.add($0, fields: fields) }
        }
        var unpacked: [(String, Int)] = []
        collector.terms.forEach { unpacked.append((String(decoding: $0, as: UTF8.self), $1)) }
        let expected = [("listen", 5), ("共情", 6), ("共", 7), ("café", 4), ("2fa", 5), ("ñ", 2), ("listens", 2)] + (0..<40).map { ("w\($0)", 1) }
        #expect(unpacked.map(\.0) == expected.map(\.0))
        #expect(unpacked.map(\.1) == expected.map(\.1))
    }

    /// Strings are numbered in the order first seen, by their bytes alone (two canonically
    /// equal ideographs are two strings here): the empty string and prefixes of others are
    /// strings of their own, and numbers survive the table growing.
    @Test func theTableNumbersEachDistinctByteString() {
        var table = ByteStringTable(expectedCount: 1)
        let keys = ["", "a", "ab", "a", "", "\u{F900}", "\u{8C48}"] + (0..<100).map { "k\($0)" } + ["ab"]
        var numbers: [Int] = []
        var added: [Bool] = []
        for key in keys {
            var key = key
            let (number, isNew) = key.withUTF8 { table.number(of: $0) }
            numbers.append(number)
            added.append(isNew)
        }
        #expect(Array(numbers.prefix(7)) == [0, 1, 2, 1, 0, 3, 4])
        #expect(numbers.suffix(101) == ArraySlice(Array(5..<105) + [2]))
        #expect(added.filter { $0 }.count == table.count && table.count == 105)
        #expect((0..<table.count).map(table.string) == ["", "a", "ab", "\u{F900}", "\u{8C48}"] + (0..<100).map { "k\($0)" })
    }
}

/// A compatibility ideograph and its unified ideograph are one term, whichever page comes first.
@Suite struct SearchIndexIdeographTests {
    @Test func aCompatibilityIdeographFindsTheUnifiedOneAndBack() throws {
        let fixture = try PublishingFixture([
            "playbook.yml": "title: T\nlanguages: [zh]\n",
            "content/articles/a.zh.md": "---\ntitle: 甲\n---\n旧字\u{F900}在此。\n",
            "content/articles/b.zh.md": "---\ntitle: 乙\n---\n新字\u{8C48}在此。\n",
        ])
        defer { fixture.remove() }
        let (site, messages) = fixture.resolve()
        let language = try #require(site?.languages.first, "\(messages)")
        let index = SearchIndexBuilder.build(language, config: site!.config, strings: [:])
        let term = try #require(index.terms.first { $0.term == "\u{8C48}" })
        #expect(Set(term.documents.map { index.docs[$0.document].t }) == ["甲", "乙"])
        #expect(!index.terms.contains { $0.term.unicodeScalars.contains("\u{F900}") })
        #expect(index.terms.contains { $0.term == "字\u{8C48}" } && index.terms.contains { $0.term == "\u{8C48}在" })
    }
}
