import PlaybookModel

extension SiteBuilder {
    /// A command-line build, with the persistent build cache when the options ask for it: the
    /// cache is brought up to date only when the site was written, else left as it was.
    func buildStoring() -> BuildResult {
        var notes: [String] = []
        let store = options.usesCache ? PageStore(options: options, notes: &notes) : nil
        var result = buildAll(store: store)
        if let store {
            if result.didWrite {
                result.cacheBytes = result.timings.measure("commit") { store.commit() }
            } else {
                store.discard()
            }
            (result.pagesFromCache, result.pagesConverted) = store.pageCounts
            notes += store.notes
        }
        result.notes = notes + result.notes
        return result
    }
}
