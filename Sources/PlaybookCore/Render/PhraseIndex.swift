import Foundation

/// `phrases.json` of one language: every phrase of the phrase libraries written in it, so
/// other tools (a chat macro, a CRM snippet list) can reuse them. Format in the README.
struct PhraseIndex {
    struct Record: Encodable {
        var library: String
        var situation: String
        var phrase: String
        var avoid: String?
        var pillars: [String]
        var language: String
        /// Relative to `phrases.json`, which sits at the language's root.
        var url: String
        var id: String

        // `avoid` is written as null rather than left out, so every record has the same keys.
        func encode(to encoder: any Encoder) throws {
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

        enum CodingKeys: String, CodingKey { case library, situation, phrase, avoid, pillars, language, url, id }
    }

    /// Encoded when the writer gets to it, on whichever core is free: at 10,000 pages the file
    /// holds 50,000 phrases (40 MB).
    static func file(for language: LanguageSite, defaultLanguage: String) -> OutputFile {
        let root = SitePath.languageRoot(language.language, defaultLanguage: defaultLanguage)
        return OutputFile(path: root + "phrases.json") { .data(data(for: language, root: root)) }
    }

    static func data(for language: LanguageSite, root: String) -> Data {
        let libraries = (language.sections[.phraseLibrary] ?? []).filter { !$0.isFallback }.map(\.page)
        let records = libraries.flatMap { page in
            page.phrases.map { phrase in
                Record(library: page.frontMatter.title, situation: phrase.situation, phrase: phrase.text, avoid: phrase.avoid,
                       pillars: page.frontMatter.pillars.map(\.rawValue), language: language.language,
                       url: SitePath.encode(String(page.folder.dropFirst(root.count)) + "index.html") + "#" + encodeFragment(phrase.id),
                       id: phrase.id)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(records)) ?? Data("[]".utf8)) + Data("\n".utf8)
    }

    private static func encodeFragment(_ fragment: String) -> String {
        fragment.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? fragment
    }
}
