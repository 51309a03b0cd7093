/// The value each layout renders; one struct per layout under `templates/layouts/`.

/// `layouts/page` and the per-kind layouts (`layouts/article`, …).
public struct PageView: Sendable, Equatable {
    var chrome: Chrome
    var page: PageBody
}

/// `layouts/home`.
public struct HomeView: Sendable, Equatable {
    var chrome: Chrome
    var title: String
    var description: String
    var introHTML: String
    var pillars: [PillarCard]
    var chart: PillarChart
    var recent: [EntryView]
    var sections: [SectionLink]
    /// `content/index.md` in the Git host's editor, when `playbook.yml` has an `editURL`.
    var editHref: String?
}

public struct SectionLink: Sendable, Equatable {
    var label: String
    var href: String
    var count: Int
}

/// `layouts/pillars`: the four pillars as cards.
public struct PillarsView: Sendable, Equatable {
    var chrome: Chrome
    var title: String
    var intro: String
    var pillars: [PillarCard]
    var chart: PillarChart
    /// The sections, the pillars marked.
    var siblings: SiblingList?
}

/// `layouts/pillar`: one pillar's introduction and its pages by kind.
public struct PillarView: Sendable, Equatable {
    var chrome: Chrome
    var page: PageBody
    var untranslatedHref: String?
    var groups: [EntryGroup]
}

/// `layouts/section`, `layouts/tag`: a list of pages.
public struct ListView: Sendable, Equatable {
    var chrome: Chrome
    var title: String
    var entries: [EntryView]
    var isEmpty: Bool
    /// Every entry's `entryHTML`, joined (`EntryView.joinedHTML`).
    var entriesHTML: String
    /// A section's index: the sections, this one marked; a tag's page has none.
    var siblings: SiblingList?

    init(chrome: Chrome, title: String, entries: [EntryView], siblings: SiblingList? = nil) {
        self.chrome = chrome
        self.title = title
        self.entries = entries
        isEmpty = entries.isEmpty
        entriesHTML = EntryView.joinedHTML(entries)
        self.siblings = siblings
    }
}

/// `layouts/tags`: every tag with its page count.
public struct TagsView: Sendable, Equatable {
    var chrome: Chrome
    var title: String
    var tags: [SectionLink]
}
