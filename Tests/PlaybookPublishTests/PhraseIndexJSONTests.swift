import Foundation
import Testing
@testable import PlaybookPublish
import PlaybookFixtures
import PlaybookModel

/// `phrases.json` is written by hand; it must be the bytes `JSONEncoder` gave.
@Suite struct PhraseIndexJSONTests {
    static func encoded(_ records: [PhraseIndex.Record]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(records) + Data("\n".utf8)
    }

    static let records = [
        PhraseIndex.Record(library: "Acknowledging feelings", situation: "When the customer is \"angry\"",
                           phrase: "I can hear it.\nLet's fix it / now\t\u{1}", avoid: nil, pillars: [], language: "en",
                           url: "phrases/a/index.html#i-can-hear", id: "i-can-hear"),
        PhraseIndex.Record(library: "共情", situation: "客户生气时", phrase: "我明白\\您的感受", avoid: "请冷静", pillars: ["humanized", "aligned"],
                           language: "zh", url: "zh/phrases/%E5%85%B1/index.html#x", id: "x"),
        PhraseIndex.Record(library: "L", situation: "S", phrase: "P", avoid: "", pillars: ["nimble"], language: "en", url: "u", id: "i"),
    ]

    @Test(arguments: [0, 1, 2, 3])
    func sameBytesAsJSONEncoder(count: Int) throws {
        let records = Array(Self.records.prefix(count))
        // In groups as library pages give them: an empty one first, the first record alone, an
        // empty one between, the rest.
        let groups = [[], Array(records.prefix(1)), [], Array(records.dropFirst())]
        var written = ""
        try PhraseIndex.stream(counts: groups.map(\.count)) { groups[$0] }.forEachPiece { piece in
            if case .text(let text) = piece { written += text }
        }
        let expected = String(decoding: try Self.encoded(records), as: UTF8.self)
        #expect(written == expected, "\(written)\n---\n\(expected)")
    }
}

/// What `phrases.json` was before it was written by hand: the reference the test compares with.
extension PhraseIndex.Record: Encodable {
    enum CodingKeys: String, CodingKey { case library, situation, phrase, avoid, pillars, language, url, id }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(library, forKey: .library)
        try container.encode(situation, forKey: .situation)
        try container.encode(phrase, forKey: .phrase)
        try container.encode(avoid, forKey: .avoid)
        try container.encode(pillars, forKey: .pillars)
        try container.encode(language, forKey: .language)
        try container.encode(url, forKey: .url)
        try container.encode(id, forKey: .id)
    }
}
