import PlaybookSupport

/// A site's files as the renderer plans them, split by what they are made from: the site-wide
/// files assembled from every page (the handbooks, the search indexes, the feeds, the sitemap,
/// `phrases.json`) and the rest (each page's own HTML, the indexes, the theme's and the
/// content's assets). The preview writes the pages, tells the browser to reload, and only then
/// brings the site-wide files up to date (`PreviewBuild`).
struct SiteFiles: Sendable {
    var siteWide: [OutputFile]
    var pages: [OutputFile]

    /// Every file, the largest (site-wide) first, so that no core is left with one at the end.
    var all: [OutputFile] { siteWide + pages }
}
