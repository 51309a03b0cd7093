import PlaybookModel
import PlaybookSupport
import PlaybookMarkdown

/// Builds the view of each content page.
extension LanguageContext {
    /// Long pages get an "On this page" outline of their `##` and `###` headings.
    static let outlineThreshold = 3

    func body(of page: ParsedPage) -> PageBody {
        let front = page.frontMatter, folder = page.folder
        let outline = page.headings.filter { (2...3).contains($0.level) }
            .map { OutlineItem(text: $0.text, id: $0.id, isNested: $0.level == 3) }
        let neighbours = language.neighbours[page.address]
        let kind = page.source.kind
        let previous = neighbours?.previous.map { NavItem(label: $0.frontMatter.title, href: href(from: folder, toFolder: $0.folder), isCurrent: false) }
        let next = neighbours?.next.map { NavItem(label: $0.frontMatter.title, href: href(from: folder, toFolder: $0.folder), isCurrent: false) }
        var body = PageBody(
            title: front.title, summary: front.summary, kind: kind?.rawValue ?? "home",
            kindLabel: kind.map { string("kind_\($0.rawValue)") } ?? "", isDraft: front.draft,
            contentHTML: page.html, outline: outline, hasOutline: outline.count >= Self.outlineThreshold,
            pillars: pillarBadges(front.pillars, from: folder),
            audience: front.audience.map { string("audience_\($0.rawValue)") },
            tags: tagLinks(front.tags, from: folder),
            date: front.date?.description, updated: front.updated?.description,
            previous: previous, next: next, hasNeighbours: previous != nil || next != nil,
            facts: kind == .exercise ? ExerciseFacts(front) : nil,
            checklist: kind == .checklist ? checklistProgress(page.tasks) : nil,
            editHref: editHref(sourcePath: page.source.sourcePath),
            siblings: kind.flatMap { $0 == .pillar ? nil : siblings(of: page, in: $0) })
        body.isOutdated = language.outdatedTranslations.contains(page.address)
        return body
    }

    /// At most this many siblings are listed; a longer section shows a window around the page.
    static let siblingLimit = 15

    /// The pages of the page's section, in section order (fallbacks included), the page marked;
    /// nil when it is alone in its section.
    func siblings(of page: ParsedPage, in kind: PageKind) -> SiblingList? {
        let listed = language.sections[kind] ?? []
        guard listed.count > 1, let place = sectionPlaces[page.address] else { return nil }
        let window = Self.window(around: place, count: listed.count, limit: Self.siblingLimit)
        let items = listed[window].map {
            NavItem(label: $0.page.frontMatter.title, href: href(from: page.folder, toFolder: $0.page.folder), isCurrent: $0.page.address == page.address)
        }
        let more = window.count < listed.count
            ? NavItem(label: string("siblings_all").replacingOccurrences(of: "{count}", with: String(listed.count)),
                      href: href(from: page.folder, toFolder: root + "\(kind.folder)/"), isCurrent: false)
            : nil
        return siblingList(title: string("section_\(kind.folder)"), items: items, more: more)
    }

    /// `limit` consecutive places out of `count`, with `place` in the middle where it can be.
    static func window(around place: Int, count: Int, limit: Int) -> Range<Int> {
        guard count > limit else { return 0..<count }
        let start = min(max(0, place - limit / 2), count - limit)
        return start..<(start + limit)
    }

    /// A page's tags, sorted, one link per tag page: tags that differ only in case or
    /// punctuation share a page, so they share one link (the first name, as the tag page has).
    func tagLinks(_ tags: [String], from folder: String) -> [NavItem] {
        var seen: Set<String> = []
        return tags.compactMap { tag in
            let slug = HeadingSlugger.slug(tag)
            guard seen.insert(slug).inserted else { return nil }
            return NavItem(label: tag, href: href(from: folder, toFolder: root + "tags/\(slug)/"), isCurrent: false)
        }.sorted { $0.label < $1.label }
    }

    func checklistProgress(_ tasks: TaskCount) -> ChecklistProgress {
        let pattern = string("checklist_progress")
        let text = pattern.replacingOccurrences(of: "{done}", with: String(tasks.done))
            .replacingOccurrences(of: "{total}", with: String(tasks.total))
        return ChecklistProgress(text: text, pattern: pattern, total: tasks.total)
    }

    public func pageView(_ page: ParsedPage) -> PageView {
        let kind = page.source.kind ?? .article
        let section = NavItem(label: string("section_\(kind.folder)"), href: href(from: page.folder, toFolder: root + "\(kind.folder)/"), isCurrent: false)
        return PageView(
            chrome: chrome(folder: page.folder, title: page.frontMatter.title, description: page.frontMatter.summary,
                           current: kind.folder, breadcrumbs: [section], translationKey: page.source.key),
            page: body(of: page))
    }
}
