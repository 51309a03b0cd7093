import PlaybookModel
import PlaybookSupport

/// Every language's search index, as the files of its `search/` folder (`SearchShards`). The
/// default language's comes first: the others read it for the pages they have not translated.
public enum SearchFiles {
    /// `strings` gives a language's UI strings (the kinds' and pillars' labels).
    public static func files(for site: ResolvedSite, strings: (String) -> [String: String]) -> [OutputFile] {
        let config = site.config
        func index(_ language: LanguageSite) -> SearchIndex {
            SearchIndexBuilder.build(language, config: config, strings: strings(language.language))
        }
        let defaultLanguage = site.languages.first(where: \.isDefault)
        let defaultIndex = defaultLanguage.map(index)
        return site.languages.flatMap { language in
            let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
            guard !language.isDefault, let defaultIndex else {
                return SearchShards.files(defaultIndex ?? index(language), folder: root + "search/")
            }
            var own = index(language)
            own.fallback = SearchIndexBuilder.fallback(for: language, config: config, defaultDocs: defaultIndex.docs)
            return SearchShards.files(own, folder: root + "search/")
        }
    }
}
