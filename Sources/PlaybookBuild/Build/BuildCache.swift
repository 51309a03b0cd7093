import Foundation
import PlaybookHandbook
import PlaybookModel
import PlaybookSupport
import PlaybookTheme
import Synchronization

/// What one build leaves for the next build in the same process, so that `playbook serve`
/// redoes only the work an edit touches: the front matter of a page whose file did not change
/// is not decoded again, and a page whose source and link targets did not change is not converted again.
/// (A file whose bytes did not change is not written again: `PreviewOutput` knows each by its
/// digest.)
///
/// Every entry is found by comparing *inputs* (a `SourcePage`, a list entry), so a reused result is
/// the result a full build would give; a file is known unchanged by its `FileIdentity`, whose
/// change time no tool can set back. Each memo also has a
/// context (the URL map, the theme…): when that differs from the last build's, the memo
/// starts empty. Entries a build did not use are dropped when it ends, so an edited page's
/// old versions do not pile up.
///
/// One build at a time uses a cache (`RebuildCoordinator` runs one build at a time).
public final class BuildCache: Sendable {
    /// The compiled theme, by its files.
    let theme = Memo<[String: Data], (Theme, [Diagnostic])>()
    /// Pages without their Markdown (`SourcePage.droppingBody()`): it is read again from the
    /// file, and the parsed pages are found by its hash.
    let loadedPages = Memo<LoadedFile, (SourcePage, [Diagnostic])>()
    let parsedPages = Memo<SourcePage, (ParsedPage, [Diagnostic])>()
    /// One memo per language: each language's entries have their own context.
    private let entriesByLanguage = Mutex<[String: Memo<EntryView, String>]>([:])

    public init() {}

    /// Rendered list entries (`EntryRenderer`).
    func entries(of language: String) -> Memo<EntryView, String> {
        Self.memo(of: language, in: entriesByLanguage)
    }

    private static func memo<Key, Value>(of language: String, in family: borrowing Mutex<[String: Memo<Key, Value>]>) -> Memo<Key, Value> {
        family.withLock { memos in
            if let memo = memos[language] { return memo }
            let memo = Memo<Key, Value>()
            memos[language] = memo
            return memo
        }
    }

    /// Ends a build: what it did not use is forgotten.
    func finishBuild() {
        theme.finishBuild()
        loadedPages.finishBuild()
        parsedPages.finishBuild()
        entriesByLanguage.withLock { $0.values.forEach { $0.finishBuild() } }
    }
}

/// A content file: its place, and its identity on disk (unchanged identity, unchanged bytes).
struct LoadedFile: Hashable, Sendable {
    var sourcePath: String
    var classification: String
    var identity: FileIdentity
}

