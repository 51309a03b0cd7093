import PlaybookModel
import PlaybookSupport
import Foundation
import Mustache
import Synchronization

/// Renders list entries with `partials/entry`, each distinct entry once per build and language.
///
/// A page is listed in its section, on each of its tags' pages, on its pillars' pages and
/// perhaps on the home page: many lists per page on a large site. Its entry is the same
/// HTML in every list but for the way back to the site root in its links (`../` from a section,
/// `../../` from a tag): it is rendered once with `rootMarker` there, and each list gets a copy
/// with its own way back put in, which the list layouts join (`{{{entryHTML}}}`).
public final class EntryRenderer: Sendable {
    public static let template = "partials.entry"

    /// Stands for the way back to the site root in an entry's links while it is rendered:
    /// U+0001, a control character, which no HTML text may hold and no UI string does (`canShare`).
    /// An entry whose title, summary or participants hold it is rendered for its list as it is.
    static let rootMarker: UInt8 = 0x01
    static let rootMarkerText = String(UnicodeScalar(rootMarker))

    private let library: MustacheLibrary
    private let t: [String: String]
    private let rendered: Memo<EntryView, String>
    /// False when a UI string holds `rootMarker` (a theme's own `i18n` strings could).
    private let canShare: Bool

    /// With a memo from a `BuildCache`, entries rendered by the last build are reused too
    /// (`playbook serve` builds every list view on each rebuild).
    init(theme: Theme, t: [String: String], memo: Memo<EntryView, String>? = nil) {
        library = theme.library
        self.t = t
        canShare = !t.values.contains { $0.holdsByte(Self.rootMarker) }
        rendered = memo ?? Memo()
        rendered.begin(context: Context(theme: theme.files, t: t))
    }

    private struct Context: Hashable, Sendable {
        var theme: [String: Data]
        var t: [String: String]
    }

    /// A page's entry as this language's lists share it: the view, whose links start with
    /// `rootMarker`, and its HTML, unless it must be rendered per list.
    private struct SharedEntry: Sendable {
        var view: EntryView
        var html: String?
    }

    private struct ListedKey: Hashable {
        var page: ObjectIdentifier
        var isFallback: Bool
    }

    /// Each listed page's shared entry, made at its first listing: a page is in many lists,
    /// and its view is made and hashed once rather than for each. Pages
    /// outlive the renderer (the resolved site holds them), so their identities stay theirs.
    private let sharedEntries = Mutex<[ListedKey: SharedEntry]>([:])

    /// `listed`'s entry as a list whose way back to the site root is `rootPath` shows it; `view`
    /// makes the shared view, with `rootMarker` for the way back.
    func entry(for listed: ListedPage, rootPath: String, view: () -> EntryView) -> EntryView {
        let key = ListedKey(page: ObjectIdentifier(listed.page), isFallback: listed.isFallback)
        if let shared = sharedEntries.withLock({ $0[key] }) { return rendering(shared, rootPath: rootPath) }
        let view = view()
        let shared = SharedEntry(view: view, html: canShare && !view.wordsHoldRootMarker ? html(of: view) : nil)
        sharedEntries.withLock { $0[key] = shared }
        return rendering(shared, rootPath: rootPath)
    }

    /// `shared` with `rootPath` for the way back: its links start with it, and it has its `entryHTML`.
    private func rendering(_ shared: SharedEntry, rootPath: String) -> EntryView {
        var entry = shared.view
        entry.href = entry.href.replacingRootMarker(with: rootPath)
        entry.pillars = entry.pillars.map { pillar in
            var pillar = pillar
            pillar.href = pillar.href.replacingRootMarker(with: rootPath)
            return pillar
        }
        entry.entryHTML = shared.html?.replacingRootMarker(with: rootPath) ?? html(of: entry)
        return entry
    }

    private func html(of entry: EntryView) -> String {
        rendered.value(for: entry) {
            library.render(EntryContext(entry: entry, t: t), withTemplate: Self.template) ?? ""
        }
    }
}

private extension EntryView {
    /// Whether the page's own words in the entry hold `EntryRenderer.rootMarker`; the rest come
    /// from the UI strings.
    var wordsHoldRootMarker: Bool {
        [title, summary, participants].contains { $0?.holdsByte(EntryRenderer.rootMarker) == true }
    }
}

private extension String {
    /// A copy with every `EntryRenderer.rootMarker` replaced by `rootPath`. `memchr` finds them,
    /// many bytes at a time: a generic search such as Foundation's `firstRange(of:)` would cost
    /// more than the rendering the copy saves.
    func replacingRootMarker(with rootPath: String) -> String {
        var text = self
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 4 * rootPath.utf8.count)
            var start = 0
            while let index = bytes.firstIndex(of: EntryRenderer.rootMarker, from: start) {
                result += bytes[start..<index]
                result += rootPath.utf8
                start = index + 1
            }
            result += bytes[start...]
            return String(decoding: result, as: UTF8.self)
        }
    }
}

/// An entry rendered on its own still finds the page's UI strings as `chrome.t`.
private struct EntryContext: MustacheParent {
    var entry: EntryView
    var t: [String: String]

    public func child(named name: String) -> Any? {
        name == "chrome" ? ["t": TemplateStrings(strings: t)] : entry.child(named: name)
    }
}
