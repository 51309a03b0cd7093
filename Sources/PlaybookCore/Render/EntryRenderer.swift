import Foundation
import Mustache

/// Renders list entries with `partials/entry`, each distinct entry once per build and language.
///
/// A page is listed in its section, on each of its tags' pages, on its pillars' pages and
/// perhaps on the home page: about nine lists per page on a large site. Lists at the same
/// depth (every tag and pillar page is two folders down) link to it with the same relative
/// URLs, so its entry there is the same HTML: rendering it once and letting the list layouts
/// join the pieces (`{{{entryHTML}}}`) took most of the Mustache work out of the list pages.
final class EntryRenderer: Sendable {
    static let template = "partials.entry"

    private let library: MustacheLibrary
    private let t: [String: String]
    private let rendered: Memo<EntryView, String>

    /// With a memo from a `BuildCache`, entries rendered by the last build are reused too
    /// (`playbook serve` builds every list view on each rebuild).
    init(theme: Theme, t: [String: String], memo: Memo<EntryView, String>? = nil) {
        library = theme.library
        self.t = t
        rendered = memo ?? Memo()
        rendered.begin(context: Context(theme: theme.files, t: t))
    }

    private struct Context: Hashable, Sendable {
        var theme: [String: Data]
        var t: [String: String]
    }

    /// The entry with its `entryHTML`.
    func rendering(_ entry: EntryView) -> EntryView {
        var entry = entry
        entry.entryHTML = rendered.value(for: entry) {
            library.render(EntryContext(entry: entry, t: t), withTemplate: Self.template) ?? ""
        }
        return entry
    }
}

/// An entry rendered on its own still finds the page's UI strings as `chrome.t`.
private struct EntryContext: MustacheParent {
    var entry: EntryView
    var t: [String: String]

    func child(named name: String) -> Any? {
        name == "chrome" ? ["t": t] : entry.child(named: name)
    }
}
