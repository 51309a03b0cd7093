/// What a page is; given by the folder it lives in.
public enum PageKind: String, CaseIterable, Sendable, Comparable {
    case pillar
    case article
    case caseStory
    case phraseLibrary
    case checklist
    case exercise

    /// The folder under `content/`, which is also the section's URL path.
    public var folder: String {
        switch self {
        case .pillar: "pillars"
        case .article: "articles"
        case .caseStory: "cases"
        case .phraseLibrary: "phrases"
        case .checklist: "checklists"
        case .exercise: "exercises"
        }
    }

    public init?(folder: String) {
        guard let kind = Self.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = kind
    }

    /// The key of the UI strings naming the kind (`kind.article`) and its section (`section.articles`).
    public var stringKey: String { "kind.\(rawValue)" }
    public var sectionStringKey: String { "section.\(folder)" }

    public static func < (lhs: PageKind, rhs: PageKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
