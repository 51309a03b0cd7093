import Foundation
import Testing
@testable import PlaybookCore

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
        let written = PhraseIndex.json(records)
        let expected = String(decoding: try Self.encoded(records), as: UTF8.self)
        #expect(written == expected, "\(written)\n---\n\(expected)")
    }
}
