import PlaybookMarkdown
import PlaybookModel
import PlaybookTheme

/// How each kind's Markdown body is arranged (the conventions in docs/authoring.md).
extension PageKind {
    /// The roles of a case story's four `##` sections, by position; the two replies side by side.
    static let caseStorySections = SectionRoles(roles: ["situation", "scripted", "empathetic", "lessons"], sideBySide: 1..<3)
    static let exerciseSections = SectionRoles(roles: ["goal", "steps", "notes", "debrief"])

    func bodyLayout(labels: PhraseCardLabels) -> BodyLayout {
        switch self {
        case .caseStory: .sections(Self.caseStorySections)
        case .exercise: .sections(Self.exerciseSections)
        case .phraseLibrary: .phraseCards(labels)
        case .checklist: .checklist
        case .pillar, .article: .prose
        }
    }
}

extension PhraseCardLabels {
    /// The labels in a language's UI strings (`phrase_avoid`, `phrase_copy`, `phrase_link`).
    init(strings: [String: String]) {
        let english = PhraseCardLabels()
        self.init(avoid: strings["phrase_avoid"] ?? english.avoid, copy: strings["phrase_copy"] ?? english.copy,
                  permalink: strings["phrase_link"] ?? english.permalink)
    }
}

extension Theme {
    func phraseLabels(for languages: [String]) -> [String: PhraseCardLabels] {
        Dictionary(uniqueKeysWithValues: languages.map { ($0, PhraseCardLabels(strings: strings(for: $0))) })
    }
}
