import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rendering a conversion's tree: for the page, then again for each `SecondRendering`.
extension Conversion {
    func result() -> ConvertedMarkdown {
        ConvertedMarkdown(html: renderHTML(idPrefix: options.idPrefix), headings: headings, links: links, taskItems: taskItems, phrases: phrases)
    }

    /// The tree rendered again with `second`'s variant and links. Leaves the tree in that
    /// state; each such rendering sets every id, level and link that differs from the tree's
    /// (`writtenVariant`, `linkNodes`), so one does not show through the next.
    mutating func render(_ second: SecondRendering) -> String {
        var changed = second.variant != writtenVariant
        if changed {
            for (block, html) in variantBlocks {
                let (enter, exit) = html(second.variant)
                block.setHTML(enter: enter, exit: exit)
            }
            writtenVariant = second.variant
        }
        for index in linkNodes.indices {
            let url = second.rewriteLink(linkNodes[index].link).url(keeping: linkNodes[index].link.destination)
            guard url != linkNodes[index].url else { continue }
            linkNodes[index].node.setURL(url)
            linkNodes[index].url = url
            changed = true
        }
        if !changed, let lastRendering { return lastRendering }
        let html = renderHTML(idPrefix: second.variant.idPrefix)
        lastRendering = html
        return html
    }

    /// cmark's HTML of the tree, footnote ids prefixed (cmark writes those itself): read from
    /// cmark's buffer once, into the prefixed text when there is one.
    private func renderHTML(idPrefix: String) -> String {
        guard let document, let rendered = cmark_render_html(
            document, CMARK_OPT_FOOTNOTES | unsafeFlag, CmarkLock.htmlExtensions) else { return "" }
        defer { free(rendered) }
        let html = UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
        return idPrefix.isEmpty || !hasFootnotes ? String(decoding: html, as: UTF8.self) : FootnoteIdPrefixer.prefixing(html, with: idPrefix)
    }
}
