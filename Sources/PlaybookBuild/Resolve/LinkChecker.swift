import PlaybookModel

/// Checks that every `#anchor` a page links to names a heading, a phrase card (or a footnote) of
/// its target.
enum LinkChecker {
    /// A broken link's line is quoted from the page's body while the page has it; a page that
    /// let its body go leaves that to the caller (`SourceQuoter`).
    static func check(_ pages: [ParsedPage]) -> [Diagnostic] {
        // Only the pages some link names an anchor of: most pages are no link's target.
        var targets: Set<PageAddress> = []
        for page in pages {
            for link in page.links { targets.insert(link.target) }
        }
        var anchors: [PageAddress: Set<String>] = [:]
        var sources: [PageAddress: String] = [:]
        for page in pages where targets.contains(page.address) {
            anchors[page.address] = Set(page.headings.map(\.id) + page.phrases.map(\.id))
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
                let hasBody = page.source.droppedBodyHash == nil
                if hasBody, text == nil { text = SourceText(page.source.body) }
                let line = hasBody ? text?.line(link.location.line - page.source.bodyStartLine + 1) : nil
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
