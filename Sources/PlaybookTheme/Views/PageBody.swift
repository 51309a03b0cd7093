import PlaybookModel

/// A content page's own parts, shown by the kind layouts.
public struct PageBody: Sendable, Equatable {
    var title: String
    var summary: String?
    var kind: String
    var kindLabel: String
    /// `draft: true`: only `build --drafts` and `serve` publish it, with a badge that says so.
    var isDraft: Bool
    /// HTML from cmark-gfm: the only field the templates show unescaped.
    var contentHTML: String
    var outline: [OutlineItem]
    var hasOutline: Bool
    var pillars: [NavItem]
    var audience: String?
    var tags: [NavItem]
    var date: String?
    var updated: String?
    var previous: NavItem?
    var next: NavItem?
    /// Stored, not computed: Mustache sees stored properties only.
    var hasNeighbours: Bool
    var facts: ExerciseFacts?
    /// Checklists: the progress line ("0 of 12"), its pattern for the script, and the total.
    var checklist: ChecklistProgress?
}

public struct ChecklistProgress: Sendable, Equatable {
    var text: String
    /// The UI string with `{done}` and `{total}`, filled in by `kinds.js` as boxes are ticked.
    var pattern: String
    var total: Int
}

public struct OutlineItem: Sendable, Equatable {
    var text: String
    var id: String
    var isNested: Bool
}

public struct ExerciseFacts: Sendable, Equatable {
    var duration: Int?
    var participants: String?
    var materials: [String]
    var hasMaterials: Bool

    /// An exercise's facts from its front matter.
    public init(_ front: FrontMatter) {
        duration = front.duration
        participants = front.participants
        materials = front.materials
        hasMaterials = !front.materials.isEmpty
    }
}
