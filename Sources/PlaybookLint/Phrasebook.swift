import PlaybookModel

/// The phrases to avoid of each language: every "instead of" entry of the phrase libraries
/// listed in that language, and the team's own list from `playbook.yml` (`lint: avoid:`),
/// each of which takes its suggestion from the first library entry that holds it.
public struct Phrasebook: Sendable {
    private let phrasesByLanguage: [String: [AvoidPhrase]]

    public init(site: ResolvedSite) {
        var phrasesByLanguage: [String: [AvoidPhrase]] = [:]
        for language in site.languages {
            let libraries = (language.sections[.phraseLibrary] ?? []).map(\.page)
            let entries = libraries.flatMap { page in
                page.phrases.compactMap { phrase in
                    phrase.avoid.map { AvoidPhrase(text: $0, insteadOf: phrase.text, library: page.source.key) }
                }
            }
            let own = site.config.lintAvoid.map { text in
                let phrase = AvoidPhrase(text: text, insteadOf: nil, library: nil)
                let source = entries.first { $0.words.contains(phrase.words) }
                return AvoidPhrase(text: text, insteadOf: source?.insteadOf, library: source?.library)
            }
            phrasesByLanguage[language.language] = (entries + own).filter { !$0.words.isEmpty }
        }
        self.phrasesByLanguage = phrasesByLanguage
    }

    public func phrases(for language: String) -> [AvoidPhrase] { phrasesByLanguage[language] ?? [] }
}
