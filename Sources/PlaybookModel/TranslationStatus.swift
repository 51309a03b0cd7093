import PlaybookSupport

/// Where each translation stands against its source: a translation records which version of
/// its source page it was made from (`translationOf:` in its front matter, a `SourceVersion`),
/// and is outdated once the source's body has changed since.
public struct TranslationStatus: Sendable {
    public enum State: String, Sendable, Comparable, CaseIterable {
        /// The source has no page in the language.
        case missing
        /// The source changed since the translation was made.
        case outdated
        /// The translation does not say what it was made from (no `translationOf:`).
        case untracked
        case current

        public static func < (a: State, b: State) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    /// One page of the default language in another language.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var language: String
        public var state: State
        /// The source file (`content/articles/listen.md`).
        public var source: String
        /// The translation's file; nil when missing.
        public var translation: String?
        /// The source's version now, which an up-to-date translation records; worked out only
        /// for translations that record one.
        public var sourceVersion: String?
    }

    /// Every page of the default language in every other language, in key order.
    public let entries: [Entry]

    /// `pages` with their bodies (as loaded); the home page counts too.
    public init(pages: [SourcePage], config: SiteConfig) {
        // Pages are looked at by index, never copied (a copy retains each of their fields).
        let sources = pages.indices.filter { pages[$0].language == config.defaultLanguage }.sorted { pages[$0].key < pages[$1].key }
        var translations: [PageAddress: Int] = [:]
        for index in pages.indices where pages[index].language != config.defaultLanguage {
            translations[pages[index].address] = translations[pages[index].address] ?? index
        }
        var entries: [Entry] = []
        for language in config.languages.dropFirst() {
            for source in sources {
                let translation = translations[PageAddress(key: pages[source].key, language: language)]
                let recorded = translation.flatMap { pages[$0].frontMatter.translationOf }
                let version = recorded.map { _ in SourceVersion.of(pages[source].body) }
                let state: State = if translation == nil { .missing } else if recorded == nil { .untracked } else if recorded == version { .current } else { .outdated }
                entries.append(Entry(key: pages[source].key, language: language, state: state, source: pages[source].sourcePath,
                                     translation: translation.map { pages[$0].sourcePath }, sourceVersion: version))
            }
        }
        self.entries = entries
    }

    /// The translations older than their source.
    public var outdated: [Entry] { entries.filter { $0.state == .outdated } }

    /// A warning at each outdated translation, naming both files, with the version to record
    /// once it is brought up to date.
    public var warnings: [Diagnostic] {
        outdated.compactMap { entry in
            guard let translation = entry.translation, let version = entry.sourceVersion else { return nil }
            return .warning("'\(entry.source)' changed since '\(translation)' was translated from it",
                            at: SourceLocation(file: translation, line: 1, column: 1),
                            notes: ["when the translation is up to date, set 'translationOf: \(version)' (`playbook new --lang \(entry.language)` does)"])
        }
    }
}

/// A short, stable fingerprint of a page's body (the first 10 hex digits of its `StableKey`):
/// the same text gives the same version on every machine and in every run.
public enum SourceVersion {
    public static func of(_ body: String) -> String {
        String(StableKey.make(body).prefix(10))
    }
}
