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

    /// Encoded when the writer gets to it, on whichever core is free: a large playbook's file
    /// is too big to make early and hold.
    static func file(for language: LanguageSite, defaultLanguage: String) -> OutputFile {
        let root = SitePath.languageRoot(language.language, defaultLanguage: defaultLanguage)
        return OutputFile(path: root + "phrases.json") { .text([text(for: language, root: root)]) }
    }

    /// Records are made one at a time as the text is written, never all held at once.
    static func text(for language: LanguageSite, root: String) -> String {
        let libraries = (language.sections[.phraseLibrary] ?? []).filter { !$0.isFallback }.map(\.page)
        let records = libraries.lazy.flatMap { page in
            page.phrases.lazy.map { phrase in
                Record(library: page.frontMatter.title, situation: phrase.situation, phrase: phrase.text, avoid: phrase.avoid,
                       pillars: page.frontMatter.pillars.map(\.rawValue), language: language.language,
                       url: SitePath.encode(String(page.folder.dropFirst(root.count)) + "index.html") + "#" + encodeFragment(phrase.id),
                       id: phrase.id)
            }
        }
        // About the text's length, so that it is allocated once: each record's strings, the
        // URL (its page's folder, the id again), and the keys and indentation around them.
        let capacity = libraries.reduce(0) { size, page in
            size + page.phrases.reduce(0) { size, phrase in
                size + 200 + page.frontMatter.title.utf8.count + 16 * page.frontMatter.pillars.count + page.folder.utf8.count
                    + phrase.situation.utf8.count + phrase.text.utf8.count + (phrase.avoid?.utf8.count ?? 0) + 2 * phrase.id.utf8.count
            }
        }
        return json(records, capacity: capacity)
    }

    /// The records as `JSONEncoder` writes them with `.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes`, and a newline. A test compares the two.
    static func json(_ records: some Sequence<Record>, capacity: Int = 0) -> String {
        var out = JSONText(capacity: capacity)
        let member = JSONLayout.pretty(depth: 2)
        var isEmpty = true
        out.raw("[")
        for record in records {
            out.element(first: isEmpty, .pretty(depth: 1))
            isEmpty = false
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
        out.endArray(.pretty(depth: 1), isEmpty: isEmpty)
        out.raw("\n")
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
