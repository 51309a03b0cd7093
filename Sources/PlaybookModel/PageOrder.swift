/// The orders pages are listed in.
public enum PageOrder {
    /// By `order` (pages without one last), then title, then key: deterministic in every case.
    public static func inSection(_ a: ListedPage, _ b: ListedPage) -> Bool {
        inSection(a.page.source, b.page.source)
    }

    /// The same order on pages not yet parsed (the handbook's anchors are made before parsing).
    public static func inSection(_ a: SourcePage, _ b: SourcePage) -> Bool {
        SectionKey(a) < SectionKey(b)
    }

    /// `inSection` as a value compared field by field: order (none last), title lowercased
    /// (independent of the machine's locale), title as written, address. Sorting a large site
    /// by keys made once per page lowercases each title once rather than at every comparison.
    public struct SectionKey: Comparable, Sendable {
        var order: Int
        var lowercasedTitle: String
        var title: String
        var address: PageAddress

        public init(_ page: SourcePage) {
            order = page.frontMatter.order ?? Int.max
            title = page.frontMatter.title
            lowercasedTitle = title.lowercased()
            address = page.address
        }

        public static func < (a: SectionKey, b: SectionKey) -> Bool {
            if a.order != b.order { return a.order < b.order }
            if a.title != b.title { return a.lowercasedTitle != b.lowercasedTitle ? a.lowercasedTitle < b.lowercasedTitle : a.title < b.title }
            return a.address < b.address
        }

        public static func == (a: SectionKey, b: SectionKey) -> Bool {
            a.order == b.order && a.title == b.title && a.address == b.address
        }
    }

    /// Newest `updated` (or `date`) first; undated pages last, in section order.
    public static func recentFirst(_ a: ListedPage, _ b: ListedPage) -> Bool {
        let da = a.page.frontMatter.updated ?? a.page.frontMatter.date
        let db = b.page.frontMatter.updated ?? b.page.frontMatter.date
        if da != db {
            guard let da else { return false }
            guard let db else { return true }
            return da > db
        }
        return inSection(a, b)
    }
}
