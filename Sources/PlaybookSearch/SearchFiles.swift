import PlaybookModel
import PlaybookSupport

/// Every language's search index, as the files of its `search/` folder (`SearchShards`). The
/// default language's comes first: the others read it for the pages they have not translated.
public enum SearchFiles {
    /// `strings` gives a language's UI strings (the kinds' and pillars' labels); `memory`, what
    /// the last build left (`SearchIndexBuilder.build`); `kept`, the output's own file at a path
    /// the build keeps as it is (among `chunkFiles(of:)`).
    public static func files(for site: ResolvedSite, strings: (String) -> [String: String], memory: SearchMemory? = nil,
                             kept: (String) -> OutputFile? = { _ in nil }) -> [OutputFile] {
        let config = site.config
        func index(_ language: LanguageSite) -> SearchIndex {
            SearchIndexBuilder.build(language, config: config, strings: strings(language.language), memory: memory)
        }
        let defaultLanguage = site.languages.first(where: \.isDefault)
        let defaultIndex = defaultLanguage.map(index)
        return site.languages.flatMap { language in
            let root = SitePath.languageRoot(language.language, defaultLanguage: config.defaultLanguage)
            guard !language.isDefault, let defaultIndex else {
                return SearchShards.files(defaultIndex ?? index(language), folder: root + "search/", kept: kept)
            }
            var own = index(language)
            own.fallback = SearchIndexBuilder.fallback(for: language, config: config, defaultDocs: defaultIndex.docs)
            return SearchShards.files(own, folder: root + "search/", kept: kept)
        }
    }

    /// Each language's chunks of documents (`d<n>.js`, `SearchShards`) with the pages whose
    /// documents they hold. A chunk is made from the site's outline and those pages' search
    /// sections alone, so the build cache keeps it when they came from the same entries (`KeptPages`).
    public static func chunkFiles(of site: ResolvedSite) -> [(path: String, pages: [ParsedPage])] {
        site.languages.flatMap { language in
            let root = SitePath.languageRoot(language.language, defaultLanguage: site.config.defaultLanguage)
            let docs = SearchDocuments(pages: SearchIndexBuilder.indexedPages(of: language, root: root), root: root)
            return stride(from: 0, to: docs.count, by: SearchShards.docsPerChunk).map { first in
                (root + "search/d\(first / SearchShards.docsPerChunk).js", docs.pages(of: first..<min(first + SearchShards.docsPerChunk, docs.count)))
            }
        }
    }
}
