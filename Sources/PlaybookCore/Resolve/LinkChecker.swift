import Foundation

/// Checks that every `#anchor` a page links to names a heading (or footnote) of its target.
public enum LinkChecker {
    /// `root` is where the pages' files are, to quote the line of a broken link.
    public static func check(_ pages: [ParsedPage], root: URL) -> [Diagnostic] {
        var anchors: [PageAddress: Set<String>] = [:]
        var sources: [PageAddress: String] = [:]
        for page in pages {
            anchors[page.address] = Set(page.headings.map(\.id))
            sources[page.address] = page.source.sourcePath
        }
        var diagnostics: [Diagnostic] = []
        for page in pages {
            var text: SourceText?
            for link in page.links {
                let fragment = link.fragment
                guard let ids = anchors[link.target], !ids.contains(fragment), !isFootnoteAnchor(fragment) else { continue }
                let target = sources[link.target] ?? link.target.key
                let notes = Suggestion.closest(to: fragment, in: ids.sorted()).map { ["did you mean '#\($0)'?"] } ?? []
                text = text ?? SourceText((try? page.source.markdown(root: root)) ?? "")
                let line = text?.line(link.location.line - page.source.bodyStartLine + 1)
                diagnostics.append(Diagnostic(.error, "no heading '#\(fragment)' in '\(target)'", at: link.location,
                                              sourceLine: line, notes: notes))
            }
        }
        return diagnostics
    }

    /// cmark-gfm names footnotes `fn-1` and their references `fnref-1`.
    private static func isFootnoteAnchor(_ fragment: String) -> Bool {
        (fragment.hasPrefix("fn-") || fragment.hasPrefix("fnref-"))
    }
}
