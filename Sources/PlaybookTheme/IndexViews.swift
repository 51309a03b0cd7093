import PlaybookModel
import PlaybookSupport
import PlaybookMarkdown

/// Builds the views of the generated pages: home, pillars, sections, tags.
extension LanguageContext {
    public func homeView() -> HomeView {
        let folder = root
        let sections = PageKind.allCases.filter { $0 != .pillar }.map {
            SectionLink(label: string("section_\($0.folder)"), href: href(from: folder, toFolder: root + "\($0.folder)/"),
                        count: language.sections[$0]?.count ?? 0)
        }
        return HomeView(
            chrome: chrome(folder: folder, title: nil, description: nil, current: nil, breadcrumbs: [], translationKey: "index"),
            title: language.home?.frontMatter.title ?? config.title,
            description: language.home?.frontMatter.summary ?? config.description,
            introHTML: language.home.flatMap { $0.folder == folder ? $0.html : nil } ?? "",
            pillars: pillarCards(from: folder), chart: pillarChart(from: folder), recent: language.recent.map { entry($0, from: folder) },
            sections: sections,
            editHref: language.home.flatMap { $0.folder == folder ? editHref(sourcePath: $0.source.sourcePath) : nil })
    }

    /// The sections (pillars first), as a section's index shows them, `current` marked.
    func sectionSiblings(current: String, from folder: String) -> SiblingList {
        siblingList(title: string("home_sections"), items: PageKind.allCases.map {
            NavItem(label: string("section_\($0.folder)"), href: href(from: folder, toFolder: root + "\($0.folder)/"), isCurrent: $0.folder == current)
        })
    }

    /// The four pillars, as a pillar's page shows them, `current` marked.
    func pillarSiblings(current: Pillar, from folder: String) -> SiblingList {
        siblingList(title: string("nav_pillars"), items: Pillar.allCases.map {
            NavItem(label: title(of: $0),
                    href: href(from: folder, toFolder: root + "pillars/\($0.slug)/"), isCurrent: $0 == current)
        })
    }

    /// The kinds a pillar lists pages of (every kind but the pillars themselves), in section order.
    static let memberKinds = PageKind.allCases.filter { $0 != .pillar }

    /// How many pages of each of `memberKinds` a pillar's page lists (`pillarView`).
    func pageCounts(of pillar: Pillar) -> [Int] {
        let members = language.pillarMembers[pillar] ?? []
        return Self.memberKinds.map { kind in members.count { $0.page.source.kind == kind } }
    }

    /// The title of the pillar's introduction in this language, else the UI string's.
    func title(of pillar: Pillar) -> String {
        language.pillarIntroductions[pillar]?.page.frontMatter.title ?? string("pillar_\(pillar.rawValue)")
    }

    func pillarCards(from folder: String) -> [PillarCard] {
        Pillar.allCases.map { pillar in
            let counts = pageCounts(of: pillar)
            let kinds = zip(Self.memberKinds, counts).compactMap { kind, count in
                count == 0 ? nil : KindCount(label: string("section_\(kind.folder)"), count: count)
            }
            return PillarCard(title: title(of: pillar), href: href(from: folder, toFolder: root + "pillars/\(pillar.slug)/"),
                              summary: language.pillarIntroductions[pillar]?.page.frontMatter.summary,
                              count: counts.reduce(0, +), kinds: kinds)
        }
    }

    /// Every pillar's pages by kind, counted as its page lists them.
    func pillarChart(from folder: String) -> PillarChart {
        let rows = Pillar.allCases.map { pillar in
            let counts = pageCounts(of: pillar)
            return PillarChartRow(title: title(of: pillar), href: href(from: folder, toFolder: root + "pillars/\(pillar.slug)/"),
                                  counts: counts, total: counts.reduce(0, +))
        }
        return PillarChart(kinds: Self.memberKinds.map { ($0, string("section_\($0.folder)")) }, rows: rows)
    }

    public func pillarsView() -> PillarsView {
        let folder = root + "pillars/"
        return PillarsView(
            chrome: chrome(folder: folder, title: string("pillars_title"), description: string("pillars_intro"), current: "pillars",
                           breadcrumbs: [], translationKey: nil),
            title: string("pillars_title"), intro: string("pillars_intro"), pillars: pillarCards(from: folder), chart: pillarChart(from: folder),
            siblings: sectionSiblings(current: "pillars", from: folder))
    }

    /// A pillar's page lives at `pillars/<slug>/` whether or not its introduction was written
    /// in this language; an untranslated one links to the original instead of showing it.
    public func pillarView(_ pillar: Pillar) -> PillarView {
        let folder = root + "pillars/\(pillar.slug)/"
        let intro = language.pillarIntroductions[pillar]
        var page = intro.map { body(of: $0.page) } ?? PageBody(
            title: string("pillar_\(pillar.rawValue)"), summary: nil, kind: PageKind.pillar.rawValue, kindLabel: string("kind_pillar"), isDraft: false,
            contentHTML: "", outline: [], hasOutline: false, pillars: [], audience: nil, tags: [], date: nil, updated: nil,
            previous: nil, next: nil, hasNeighbours: false, facts: nil)
        if intro?.isFallback == true {
            page.contentHTML = ""
            page.outline = []
            page.hasOutline = false
            page.editHref = nil
        }
        page.siblings = pillarSiblings(current: pillar, from: folder)
        let members = language.pillarMembers[pillar] ?? []
        let groups = PageKind.allCases.compactMap { kind -> EntryGroup? in
            let entries = members.filter { $0.page.source.kind == kind }.map { entry($0, from: folder) }
            return entries.isEmpty ? nil : EntryGroup(label: string("section_\(kind.folder)"), entries: entries)
        }
        let crumb = NavItem(label: string("nav_pillars"), href: href(from: folder, toFolder: root + "pillars/"), isCurrent: false)
        return PillarView(
            chrome: chrome(folder: folder, title: page.title, description: page.summary, current: "pillars", breadcrumbs: [crumb],
                           translationKey: "pillars/\(pillar.slug)"),
            page: page, untranslatedHref: intro.flatMap { $0.isFallback ? href(from: folder, toFolder: $0.page.folder) : nil },
            groups: groups)
    }

    public func sectionView(_ kind: PageKind) -> ListView {
        let folder = root + "\(kind.folder)/"
        let title = string("section_\(kind.folder)")
        let entries = (language.sections[kind] ?? []).map { entry($0, from: folder) }
        return ListView(chrome: chrome(folder: folder, title: title, description: nil, current: kind.folder, breadcrumbs: [], translationKey: nil),
                        title: title, entries: entries, siblings: sectionSiblings(current: kind.folder, from: folder))
    }

    public func tagsView() -> TagsView {
        let folder = root + "tags/"
        let tags = language.tags.map { SectionLink(label: $0.name, href: href(from: folder, toFolder: folder + "\($0.slug)/"), count: $0.pages.count) }
        return TagsView(chrome: chrome(folder: folder, title: string("tags_title"), description: nil, current: "tags", breadcrumbs: [], translationKey: nil),
                        title: string("tags_title"), tags: tags)
    }

    public func tagView(_ tag: TagIndex) -> ListView {
        let folder = root + "tags/\(tag.slug)/"
        let crumb = NavItem(label: string("nav_tags"), href: href(from: folder, toFolder: root + "tags/"), isCurrent: false)
        let title = "\(string("tag_title")): \(tag.name)"
        return ListView(chrome: chrome(folder: folder, title: title, description: nil, current: "tags", breadcrumbs: [crumb], translationKey: "tags/\(tag.slug)"),
                        title: title, entries: tag.pages.map { entry($0, from: folder) })
    }
}
