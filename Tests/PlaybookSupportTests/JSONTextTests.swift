import Foundation
import Testing
@testable import PlaybookSupport

/// `JSONText` writes what `JSONEncoder` writes with sorted keys and `/` unescaped, compact and pretty.
struct JSONTextTests {
    struct Record: Encodable {
        var a: String
        var b: [String]
        var c: Int
        var d: [[String]]
    }

    static func written(_ records: [Record], _ layout: (JSONLayout, JSONLayout, JSONLayout)) -> String {
        var out = JSONText()
        out.array(records, layout.0) { out, record in
            out.raw("{")
            out.key("a", first: true, layout.1)
            out.string(record.a)
            out.key("b", layout.1)
            out.strings(record.b, layout.2)
            out.key("c", layout.1)
            out.integer(record.c)
            out.key("d", layout.1)
            out.array(record.d, layout.2) { $0.strings($1, .compact) }
            out.endObject(layout.1)
        }
        return out.text
    }

    static func encoded(_ records: [Record], pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(records), as: UTF8.self)
    }

    static let samples: [[Record]] = [
        [],
        [Record(a: "say \"it\"\n/共情", b: [], c: -42, d: [])],
        [Record(a: "x", b: ["one", "two\\"], c: 0, d: [["k"]]), Record(a: "", b: ["\u{1}"], c: 1_000_000, d: [])],
    ]

    @Test(arguments: samples)
    func compactIsJSONEncodersText(_ records: [Record]) throws {
        #expect(Self.written(records, (.compact, .compact, .compact)) == (try Self.encoded(records, pretty: false)))
    }

    @Test(arguments: samples.filter { $0.allSatisfy(\.d.isEmpty) })
    func prettyIsJSONEncodersText(_ records: [Record]) throws {
        let written = Self.written(records, (.pretty(depth: 1), .pretty(depth: 2), .pretty(depth: 3)))
        #expect(written == (try Self.encoded(records, pretty: true)))
    }
}
