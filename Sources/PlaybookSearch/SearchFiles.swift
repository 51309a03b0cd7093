import PlaybookModel
import PlaybookSupport

/// A language's search index as published: `search-index.json`, and `search-index.js`, a
/// script that sets `window.PLAYBOOK_SEARCH`, for pages opened from `file://`, which cannot
/// fetch files. Both are made when the writer gets to them, one index for the two.
public enum SearchFiles {
    /// `strings` are the language's UI strings (the kinds' and pillars' labels).
    public static func files(for language: LanguageSite, config: SiteConfig, strings: [String: String]) -> [OutputFile] {
        let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
        // One index, two files: whichever the writer reaches first builds it, and its JSON.
        let index = SharedResult(uses: 2) { SearchIndexBuilder.build(language, config: config, strings: strings) }
        let json = SharedPieces()
        return [OutputFile(path: root + "search-index.json") { .stream(SearchIndexJSON.stream(index.take(), shared: json)) },
                OutputFile(path: root + "search-index.js") {
                    .stream(SearchIndexJSON.stream(index.take(), before: "window.PLAYBOOK_SEARCH = ", after: ";\n", shared: json))
                }]
    }
}
