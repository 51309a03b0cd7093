import PlaybookModel

/// A content page's own parts, shown by the kind layouts.
public struct PageBody: Sendable, Equatable {
    var title: String
    var summary: String?
    var kind: String
    var kindLabel: String
    /// `draft: true`: only `build --drafts` and `serve` publish it, with a badge that says so.
    var isDraft: Bool
    /// A translation whose source changed since; marked, like a draft, where drafts are shown.
    var isOutdated: Bool = false
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
    /// The page's source file in the Git host's editor, when `playbook.yml` has an `editURL`.
    var editHref: String?
    /// The other pages of its section, this one marked.
    var siblings: SiblingList?
}

/// Where a page stands among its siblings: the pages of its section, the four pillars, or the
/// sections themselves on a section's index. A long section shows a window of it around the
/// current page, with `more` leading to the whole list.
public struct SiblingList: Sendable, Equatable {
    var title: String
    /// The current item has `isCurrent`, shown as `aria-current="page"`.
    var items: [NavItem]
    /// `items` rendered with `partials/sibling-item` (`ChromeFragments`); `partials/siblings` shows it.
    var itemsHTML: String
    var more: NavItem?
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
