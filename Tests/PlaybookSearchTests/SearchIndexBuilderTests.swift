import Foundation
import Testing
@testable import PlaybookSearch
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport

/// Every term of an index, in order, with its decoded postings.
func decodedTerms(_ index: SearchIndex) -> [(term: String, postings: [(document: Int, fields: Int)])] {
    index.terms.flatMap { run in
        (0..<run.count).map { number in
            var reader = BitReader(bytes: Array(run.postings[run.postings(number)]))
            let postings = PostingsCoding.decode(&reader, universe: index.docs.count)
            return (String(decoding: run.bytes[run.term(number)], as: UTF8.self), postings)
        }
    }
}

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
        decodedTerms(index).first { $0.term == term }?.postings.flatMap { [$0.document, $0.fields] } ?? []
    }

    /// Lists empty, of one, sparse, dense, with long gaps and first documents far from 0.
    @Test func postingsDecodeToWhatWasEncoded() {
        var seed: UInt64 = 20
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        var cases: [[(Int32, UInt8)]] = [[], [(0, 1)], [(70_000, 4)], (0..<3000).map { ($0, 4) }, [(5, 2), (6, 6), (1_000_000, 1)]]
        for density in [1, 2, 7, 100, 5000] {
            var doc = -1
            cases.append((0..<400).map { _ in
                doc += 1 + next(density)
                return (Int32(doc), UInt8([1, 2, 3, 4, 5, 6, 7][next(7)]))
            })
        }
        // A term whose every document has it in the title, and one of one document in a heading.
        cases += [[(3, 1), (9, 3), (20, 5)], [(7, 2)]]
        // One document in a title and a heading, and in every field.
        cases += [[(11, 3)], [(12, 7)], [(999_999, 6)]]
        // One after another in one stream of bits, as a shard holds them.
        let universe = 1_000_001
        var writer = BitWriter()
        writer.write(1, bits: 3)  // decoding starts where the term's postings do, not at a byte
        for postings in cases where !postings.isEmpty {
            PostingsCoding.encode(docs: postings.map(\.0)[...], fields: postings.map(\.1)[...], universe: universe, into: &writer)
        }
        let bits = writer.count
        var reader = BitReader(bytes: writer.flush())
        #expect(reader.read(bits: 3) == 1)
        for postings in cases where !postings.isEmpty {
            let decoded = PostingsCoding.decode(&reader, universe: universe)
            #expect(decoded.map(\.document) == postings.map { Int($0.0) })
            #expect(decoded.map(\.fields) == postings.map { Int($0.1 & 3) }, "title and heading bits")
        }
        #expect(reader.position == bits, "each term's postings end where the next one's start")
        func bitCount(_ docs: [Int32], fields: UInt8 = 4, universe: Int) -> Int {
            var writer = BitWriter()
            PostingsCoding.encode(docs: docs[...], fields: [UInt8](repeating: fields, count: docs.count)[...], universe: universe, into: &writer)
            return writer.count
        }
        // A term in every one of 3,000 documents costs about a bit each.
        #expect(bitCount((0..<3000).map { Int32($0) }, universe: 3000) < 3000 + 30)
        // A term in one document, as most Chinese character pairs are: a bit for its count, one
        // for its fields, and its number in as many bits as the largest needs (13 for 5,000).
        #expect(bitCount([4999], universe: 5000) == 15)
        #expect(bitCount([4999], fields: 1, universe: 5000) == 17, "two more bits: in a title, not in a heading")
        #expect(bitCount([4999], fields: 3, universe: 5000) == 17)
        // A number of 30 bits, more than one write of 32 holds with its count and fields.
        #expect(bitCount([1 << 29], fields: 2, universe: 1 << 30) == 1 + 3 + 30)
        var wide = BitWriter()
        PostingsCoding.encode(docs: [1 << 29][...], fields: [2][...], universe: 1 << 30, into: &wide)
        var wideReader = BitReader(bytes: wide.flush())
        #expect(PostingsCoding.decode(&wideReader, universe: 1 << 30).map { [$0.document, $0.fields] } == [[1 << 29, 2]])
        // A title list that is all the term's documents is its count alone.
        #expect(bitCount([3, 9, 20], fields: 1, universe: 5000) == bitCount([3, 9, 20], universe: 5000) + 2 + 3)
    }

    /// Gamma codes and the Rice parameter, as `theme/search.js` works them out too.
    @Test func gammaCodesAndRiceParameters() {
        var writer = BitWriter()
        for value in [1, 2, 3, 4, 7, 8, 1000, 1 << 30] { writer.gamma(value) }
        #expect(writer.count == [1, 3, 3, 5, 5, 7, 19, 61].reduce(0, +))
        var reader = BitReader(bytes: writer.flush())
        #expect([1, 2, 3, 4, 7, 8, 1000, 1 << 30].map { _ in reader.gamma() } == [1, 2, 3, 4, 7, 8, 1000, 1 << 30])
        #expect(PostingsCoding.riceParameter(3133, 1) == 11 && PostingsCoding.riceParameter(3133, 3133) == 0)
        #expect(PostingsCoding.riceParameter(100, 10) == 2, "90 ÷ 10 × 0.693 = 6.2: k = 2")
        #expect([1, 2, 3, 4, 5, 3133].map(PostingsCoding.width) == [0, 1, 2, 2, 3, 12])
    }

    @Test func eachHeadingSectionIsADocumentWithItsOwnText() throws {
        let index = try index(language: "en")
        let listen = index.docs.filter { $0.title == "Listen first" }
        #expect(listen.map(\.heading) == [nil, "Recall the details", "Express"])
        #expect(listen.map(\.url) == ["articles/listen/index.html", "articles/listen/index.html#recall-the-details",
                                      "articles/listen/index.html#express"])
        #expect(listen[0].excerpt == "Hearing the whole story. Before anything else, listen.")
        #expect(listen[1].excerpt == "Say back the café, the flight and the date.")
        #expect(listen.allSatisfy { $0.kind == "article" && $0.pillars == ["humanized"] })
        let article = try #require(index.kinds.first { $0.name == "article" })
        #expect(article.label == "Article")
        #expect(index.docs[article.docs].allSatisfy { $0.kind == "article" })
        #expect(index.docs.filter { $0.kind == "article" }.count == article.docs.count)
    }

    @Test func postingsRecordTheFieldATermWasFoundIn() throws {
        let index = try index(language: "en")
        let intro = try #require(index.docs.firstIndex { $0.title == "Listen first" && $0.heading == nil })
        let recall = intro + 1
        // "listen": the title (and text) of the intro section.
        let listen = postings(index, "listen")
        let position = try #require(listen.firstIndex(of: intro))
        #expect(listen[position + 1] == SearchField.title.rawValue)
        // "recall": the heading of the second section only.
        #expect(postings(index, "recall") == [recall, SearchField.heading.rawValue])
        // Folded at build time: "café" is indexed as "cafe", in the text.
        #expect(postings(index, "cafe") == [recall, 0])
        // The pillar menu's term: every section of a page with the pillar.
        #expect(postings(index, "#humanized").enumerated().filter { $0.offset % 2 == 0 }.map { index.docs[$0.element].pillars }
                    .allSatisfy { $0.contains("humanized") })
        #expect(postings(index, "#humanized").count / 2 == index.docs.filter { $0.pillars.contains("humanized") }.count)
    }

    @Test func termsAreSortedInUTF8ByteOrderEachOnce() throws {
        let index = try index(language: "zh")
        let terms = decodedTerms(index).map(\.term)
        let bytes = terms.map { Array($0.utf8) }
        #expect(zip(bytes, bytes.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
        #expect(terms.count > 20)
    }

    @Test func chineseSectionsAreIndexedByBigramsAndCharacters() throws {
        let index = try index(language: "zh")
        let intro = try #require(index.docs.firstIndex { $0.title == "先倾听" })
        #expect(postings(index, "共情") == [intro, 0])
        #expect(postings(index, "倾听").first == intro)
        #expect(index.docs[intro + 1].url == "articles/listen/index.html#复述细节")
    }

    /// A character followed by another in its run is found by the pair it starts; only a run's
    /// last character, and a run of one, are terms of their own.
    @Test func aCJKCharacterIsATermOnlyWhereItEndsARun() {
        var terms: [String: Int] = [:]
        let texts: [(String, SearchField)] = [("共情能力，好 a", .text), ("能手", .heading), ("𠀀𠀁 ꀀꀁ", .title)]
        SearchIndexBuilder.terms(texts.map { (Array($0.utf8), $1) }).forEach {
            terms[String(decoding: $0, as: UTF8.self)] = $1
        }
        // Characters beyond the BMP too; a word of a script written with spaces (Yi) stays whole.
        #expect(terms == ["共情": 4, "情能": 4, "能力": 4, "力": 4, "好": 4, "a": 4, "能手": 2, "手": 2, "𠀀𠀁": 1, "𠀁": 1, "ꀀꀁ": 1])
    }

    /// The Chinese index holds only Chinese pages; its search reads the English index for the
    /// pages not translated, and skips the English documents of those that are.
    @Test func untranslatedPagesAreReadFromTheDefaultLanguagesIndex() throws {
        let fixture = try PublishingFixture(PublishingFixture.bilingual)
        defer { fixture.remove() }
        let (site, messages) = fixture.resolve()
        let resolved = try #require(site, "\(messages)")
        let zh = try #require(resolved.languages.first { $0.language == "zh" })
        let en = try #require(resolved.languages.first { $0.language == "en" })
        let index = SearchIndexBuilder.build(zh, config: resolved.config, strings: [:])
        #expect(!index.docs.contains { $0.title == "The rebooked flight" })
        #expect(index.docs.allSatisfy { $0.folder.hasPrefix("zh/") && !$0.url.hasPrefix("../") })
        let english = SearchIndexBuilder.build(en, config: resolved.config, strings: [:])
        let fallback = SearchIndexBuilder.fallback(for: zh, config: resolved.config, defaultDocs: english.docs)
        #expect(fallback.folder == "../../search/")
        let skipped = Set(fallback.skip.joined())
        for (number, doc) in english.docs.enumerated() {
            let key = try #require(en.pages.first { $0.folder == doc.folder }?.address.key)
            let translated = zh.pages.contains { $0.address.key == key }
            #expect(skipped.contains(number) == translated, "\(doc.title)")
        }
        #expect(english.docs.indices.contains { !skipped.contains($0) && english.docs[$0].title == "The rebooked flight" })
        #expect(english.docs.indices.contains { skipped.contains($0) && english.docs[$0].title == "Listen first" })
    }

    @Test func aLongSectionKeepsOnlyItsStartForTheSnippet() {
        let words = (1...200).map { "word\($0)" }.joined(separator: " ")
        let excerpt = SearchIndexBuilder.excerpt(Array(words.utf8))
        #expect(excerpt.count <= SearchIndexBuilder.excerptLength)
        #expect(excerpt.count > SearchIndexBuilder.excerptLength - 10)
        #expect(words.hasPrefix(excerpt + " "), "cut after a whole word")
        let chinese = String(repeating: "共情", count: 400)
        #expect(SearchIndexBuilder.excerpt(Array(chinese.utf8)) == String(chinese.prefix(SearchIndexBuilder.excerptLength / 3)), "as many bytes")
        #expect(SearchIndexBuilder.excerpt(Array("short text".utf8)) == "short text")
    }

    /// The excerpt `SearchIndexBuilder.excerpt` must give, going character by character over the whole text.
    func byCharacters(_ text: String) -> String {
        var (kept, bytes) = ("", 0)
        for character in text {
            bytes += character.utf8.count
            if bytes > SearchIndexBuilder.excerptLength { break }
            kept.append(character)
        }
        guard kept.count < text.count else { return text }
        if let space = kept.lastIndex(of: " "), kept.utf8.distance(from: kept.startIndex, to: space) > SearchIndexBuilder.excerptLength / 2 {
            return String(kept[..<space])
        }
        return kept
    }

    /// Other text is cut by characters, from a `String` of its start only; it must cut where
    /// the whole text would, also where a character goes on past the cut (marks, an emoji
    /// sequence, a pair of regional indicators).
    @Test func anExcerptCutsWhereTheWholeTextsCharactersDo() {
        let length = SearchIndexBuilder.excerptLength
        let chinese = String(repeating: "共", count: length / 3)  // 318 bytes
        let texts = [chinese + "e\u{301}\u{302}\u{303}more", chinese + "ab\u{301}\u{302}", chinese + "a👩\u{200D}👩\u{200D}👧 x",
                     chinese + "🇨🇳🇫🇷🇩🇪", "é" + chinese + "x\u{301}", chinese + "xyz", "a " + chinese + " b" + chinese,
                     String(repeating: "é ", count: length) + "\u{301}", String(repeating: "共情 ", count: 60)]
        for text in texts {
            #expect(SearchIndexBuilder.excerpt(Array(text.utf8)) == byCharacters(text), "\(text.suffix(20).debugDescription)")
        }
    }

    /// ASCII text is cut on bytes; it must cut where going character by character does, also
    /// where the character after the cut joins the one before it (a combining mark, or LF after CR).
    @Test func anASCIIExcerptIsCutWhereCharactersAre() {
        let length = SearchIndexBuilder.excerptLength
        let words = (1...100).map { "w\($0)" }.joined(separator: " ")
        let texts = [words, String(repeating: "x", count: length + 1), String(repeating: "x", count: length) + "\u{301}tail",
                     String(repeating: "x", count: length - 1) + "\r\nmore", String(repeating: "y ", count: length / 2) + "z",
                     String(repeating: "a", count: length - 5) + " bcdefghij", "ab " + String(repeating: "c", count: length)]
        for text in texts {
            #expect(SearchIndexBuilder.excerpt(Array(text.utf8)) == byCharacters(text), "\(text.suffix(20).debugDescription)")
        }
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
        let terms = decodedTerms(index)
        let term = try #require(terms.first { $0.term == "\u{8C48}在" })
        #expect(Set(term.postings.map { index.docs[$0.document].title }) == ["甲", "乙"])
        #expect(!terms.contains { $0.term.unicodeScalars.contains("\u{F900}") })
        #expect(terms.contains { $0.term == "字\u{8C48}" } && terms.contains { $0.term == "\u{8C48}在" })
    }
}
