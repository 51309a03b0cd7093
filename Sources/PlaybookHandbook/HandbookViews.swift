import PlaybookTheme

/// The print handbook of one language: `layouts/handbook`, a document of its own without
/// the site's navigation.
struct HandbookView: Sendable, Equatable {
    var lang: String
    var title: String
    var documentTitle: String
    var description: String
    var languageLabel: String
    /// The newest `updated` or `date` of the pages in it: a build date that does not change
    /// when nothing changed, so the output stays deterministic.
    var edition: String?
    var stylesheetHref: String
    /// The language's home page on the site (shown on screen only).
    var siteHref: String
    var chapters: [HandbookChapter]
    var t: [String: String]
}

/// One section of the playbook (`handbook:` in playbook.yml), in the handbook's order.
struct HandbookChapter: Sendable, Equatable {
    var id: String
    var title: String
    var kind: String
    var pages: [HandbookPage]
}

/// One page in the handbook; every id in `contentHTML` starts with `id` and `--`.
struct HandbookPage: Sendable, Equatable {
    var id: String
    var title: String
    var summary: String?
    var kind: String
    var kindLabel: String
    var pillars: [String]
    var audience: String?
    var date: String?
    /// The page's converted Markdown, for `partials/handbook-page` only; empty in the
    /// handbook's view, whose layout shows `articleHTML` (`HandbookBuilder`).
    var contentHTML: String
    var facts: ExerciseFacts?
    /// For a page not translated into the handbook's language: the language it is in (`en`),
    /// for the `lang` of its text, and the note saying so ("English, not yet translated").
    var originalLanguage: String?
    var untranslatedNote: String?
    /// The page's `<article>`, rendered with `partials/handbook-page` (`HandbookBuilder`).
    var articleHTML = ""
}
