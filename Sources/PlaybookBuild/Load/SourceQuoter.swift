import Foundation
import PlaybookModel

/// Quotes the source line under diagnostics about the bodies of pages that no longer hold
/// their Markdown (`SourcePage.droppingBody()`), reading it again from the page's file, which
/// must still hold the body that was parsed: a file changed since is not quoted.
struct SourceQuoter {
    let root: URL

    /// `unread`: the source paths of pages loaded without their bodies (`KnownSources`), whose
    /// files are known to hold the bytes the build took the pages from.
    func quoting(_ diagnostics: [Diagnostic], pages: [ParsedPage], unread: Set<String> = []) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.sourceLine == nil && $0.location != nil }) else { return diagnostics }
        let dropped = Dictionary(pages.compactMap { page in page.source.droppedBodyHash.map { (page.source.sourcePath, (page.source, $0)) } },
                                 uniquingKeysWith: { first, _ in first })
        var texts: [String: SourceText?] = [:]
        return diagnostics.map { diagnostic in
            guard diagnostic.sourceLine == nil, let location = diagnostic.location, let (page, hash) = dropped[location.file] else { return diagnostic }
            if texts[location.file] == nil {
                texts[location.file] = body(of: page, hash: unread.contains(page.sourcePath) ? nil : hash).map(SourceText.init)
            }
            guard let text = texts[location.file] ?? nil else { return diagnostic }
            var quoted = diagnostic
            quoted.sourceLine = text.line(location.line - page.bodyStartLine + 1)
            return quoted
        }
    }

    /// The page's body as its file holds it now, if that is still the body with `hash` (when given).
    func body(of page: SourcePage, hash: Int?) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(page.sourcePath).path),
              let text = SourceFileText.decode(data), case .success(let split) = FrontMatterSplitter.split(text),
              hash.map({ SourcePage.bodyHash(of: split.body) == $0 }) ?? true else { return nil }
        return split.body
    }
}
