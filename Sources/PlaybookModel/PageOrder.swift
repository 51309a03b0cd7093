/// The orders pages are listed in.
public enum PageOrder {
    /// By `order` (pages without one last), then title, then key: deterministic in every case.
    public static func inSection(_ a: ListedPage, _ b: ListedPage) -> Bool {
        inSection(a.page.source, b.page.source)
    }

    /// The same order on pages not yet parsed (the handbook's anchors are made before parsing).
    public static func inSection(_ a: SourcePage, _ b: SourcePage) -> Bool {
        let fa = a.frontMatter, fb = b.frontMatter
        if fa.order != fb.order { return (fa.order ?? Int.max) < (fb.order ?? Int.max) }
        if fa.title != fb.title { return fa.title.caseInsensitivelyPrecedes(fb.title) }
        return a.address < b.address
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

extension String {
    /// Case-insensitive comparison that does not depend on the machine's locale.
    func caseInsensitivelyPrecedes(_ other: String) -> Bool {
        let (a, b) = (lowercased(), other.lowercased())
        return a != b ? a < b : self < other
    }
}
