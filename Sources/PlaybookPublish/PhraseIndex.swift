import Foundation
import PlaybookModel
import PlaybookSupport

/// `phrases.json` of one language: every phrase of the phrase libraries written in it, so
/// other tools (a chat macro, a CRM snippet list) can reuse them. Format in the README.
struct PhraseIndex {
    /// One phrase; `avoid` is written as null rather than left out, so every record has the
    /// same keys.
    struct Record {
        var library: String
        var situation: String
        var phrase: String
        var avoid: String?
        var pillars: [String]
        var language: String
        /// Relative to `phrases.json`, which sits at the language's root.
        var url: String
        var id: String
    }

    /// Made when the writer gets to it, one library page's records at a time (a stream): a
    /// large playbook's file is too big to make whole and hold beside the pages being rendered.
    static func file(for language: LanguageSite, defaultLanguage: String) -> OutputFile {
        let root = SitePath.languageRoot(language.language, defaultLanguage: defaultLanguage)
        return OutputFile(path: root + "phrases.json") {
            let libraries = (language.sections[.phraseLibrary] ?? []).filter { !$0.isFallback }.map(\.page)
            return .stream(stream(counts: libraries.map(\.phrases.count)) { records(of: libraries[$0], language: language.language, root: root) })
        }
    }

    /// A library page's records.
    private static func records(of page: ParsedPage, language: String, root: String) -> [Record] {
        page.phrases.map { phrase in
            Record(library: page.frontMatter.title, situation: phrase.situation, phrase: phrase.text, avoid: phrase.avoid,
                   pillars: page.frontMatter.pillars.map(\.rawValue), language: language,
                   url: SitePath.encode(String(page.folder.dropFirst(root.count)) + "index.html") + "#" + encodeFragment(phrase.id),
                   id: phrase.id)
        }
    }

    /// The file as `JSONEncoder` writes the records with `.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes`, and a newline (a test compares the two): the opening bracket,
    /// then one piece per group of records (`counts[n]` records, which `records(n)` makes when
    /// the piece is written), then the closing one.
    static func stream(counts: [Int], records: @escaping @Sendable (Int) -> [Record]) -> PieceStream {
        var before = 0
        let first = counts.map { count in
            defer { before += count }
            return before == 0
        }
        var closing = JSONText()
        closing.endArray(.pretty(depth: 1), isEmpty: before == 0)
        closing.raw("\n")
        let end = closing.text
        return PieceStream(count: counts.count + 2) { number in
            switch number {
            case 0: "["
            case counts.count + 1: end
            default: piece(records(number - 1), first: first[number - 1])
            }
        }
    }

    /// Records, each after its separator; `first`: no record comes before them in the file.
    private static func piece(_ records: [Record], first: Bool) -> String {
        // About the text's length, so that it is allocated once: each record's strings, the
        // URL, and the keys and indentation around them.
        var out = JSONText(capacity: records.reduce(0) { size, record in
            size + 160 + record.library.utf8.count + 16 * record.pillars.count + record.url.utf8.count + record.situation.utf8.count
                + record.phrase.utf8.count + (record.avoid?.utf8.count ?? 0) + record.id.utf8.count
        })
        let member = JSONLayout.pretty(depth: 2)
        for (number, record) in records.enumerated() {
            out.element(first: first && number == 0, .pretty(depth: 1))
            out.raw("{")
            out.key("avoid", first: true, member)
            if let avoid = record.avoid { out.string(avoid) } else { out.raw("null") }
            out.key("id", member)
            out.string(record.id)
            out.key("language", member)
            out.string(record.language)
            out.key("library", member)
            out.string(record.library)
            out.key("phrase", member)
            out.string(record.phrase)
            out.key("pillars", member)
            out.strings(record.pillars, .pretty(depth: 3))
            out.key("situation", member)
            out.string(record.situation)
            out.key("url", member)
            out.string(record.url)
            out.endObject(member)
        }
        return out.text
    }

    /// Anchors are slugs, nearly always plain ASCII that needs no encoding: Foundation's
    /// encoding goes through `NSString` for every phrase of the playbook.
    private static func encodeFragment(_ fragment: String) -> String {
        let plain = fragment.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
            default: false
            }
        }
        if plain { return fragment }
        return fragment.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? fragment
    }
}
