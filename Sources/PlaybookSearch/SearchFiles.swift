import PlaybookModel
import PlaybookSupport

/// Every language's search index, as the files of its `search/` folder (`SearchShards`).
public enum SearchFiles {
    /// `strings` gives a language's UI strings (the kinds' and pillars' labels).
    public static func files(for site: ResolvedSite, strings: (String) -> [String: String]) -> [OutputFile] {
        site.languages.flatMap { language in
            let root = SitePath.languageRoot(language.language, defaultLanguage: site.config.defaultLanguage)
            let index = SearchIndexBuilder.build(language, config: site.config, strings: strings(language.language))
            return SearchShards.files(index, folder: root + "search/")
        }
    }
}
