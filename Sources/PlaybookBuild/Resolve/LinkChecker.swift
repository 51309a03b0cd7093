import PlaybookModel

/// Checks that every `#anchor` a page links to names a heading, a phrase card (or a footnote) of
/// its target.
enum LinkChecker {
    /// A broken link's line is quoted from the page's body while the page has it; a page that
    /// let its body go leaves that to the caller (`SourceQuoter`).
    static func check(_ pages: [ParsedPage]) -> [Diagnostic] {
        // Only the pages some link names an anchor of: most pages are no link's target. A
        // page's anchors are its few headings and phrase cards, looked through as they are.
        var linked: Set<PageAddress> = []
        for page in pages {
            for link in page.links { linked.insert(link.target) }
        }
        var targets: [PageAddress: ParsedPage] = [:]
        for page in pages where linked.contains(page.address) { targets[page.address] = page }
        var diagnostics: [Diagnostic] = []
        for page in pages {
            var text: SourceText?
            for link in page.links {
                let fragment = link.fragment
                guard let target = targets[link.target],
                      !target.headings.contains(where: { $0.id == fragment }), !target.phrases.contains(where: { $0.id == fragment }),
                      !isFootnoteAnchor(fragment) else { continue }
                let ids = Set(target.headings.map(\.id) + target.phrases.map(\.id)).sorted()
                let notes = Suggestion.closest(to: fragment, in: ids).map { ["did you mean '#\($0)'?"] } ?? []
                let hasBody = page.source.droppedBodyHash == nil
                if hasBody, text == nil { text = SourceText(page.source.body) }
                let line = hasBody ? text?.line(link.location.line - page.source.bodyStartLine + 1) : nil
                diagnostics.append(Diagnostic(.error, "no heading '#\(fragment)' in '\(target.source.sourcePath)'", at: link.location,
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
