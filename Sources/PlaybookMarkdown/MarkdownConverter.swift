import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// Converts GitHub-flavoured Markdown to HTML with cmark-gfm, in one walk of its AST.
///
/// The walk gives headings their ids (rendered as `<hN id="…">` through custom blocks, which
/// cmark emits even in safe mode), hands every link to `rewriteLink`, drops dangerous URLs
/// and records task-list items. Only parsing runs under `CmarkLock` (it is what touches
/// cmark's global state); walking and rendering this conversion's own tree run outside it,
/// so pages convert in parallel.
public enum MarkdownConverter {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    public static func convert(
        _ text: String,
        options: MarkdownOptions = MarkdownOptions(),
        rewriteLink: (MarkdownLink) -> LinkRewrite = { _ in .keep }
    ) -> ConvertedMarkdown {
        var conversion = Conversion(options: options, columns: SourceColumns(text))
        defer { conversion.release() }
        CmarkLock.withCmark { conversion.parse(text) }
        conversion.transform(rewriteLink: rewriteLink)
        return conversion.result()
    }
}

/// One conversion's cmark state. Nodes taken out of the tree stay alive until `release()`:
/// inline text borrows its block's buffer, so a heading freed early corrupts its moved text.
private struct Conversion {
    let options: MarkdownOptions
    let columns: SourceColumns
    var parser: OpaquePointer?
    var document: OpaquePointer?
    var detached: [OpaquePointer] = []
    var headings: [MarkdownHeading] = []
    var links: [MarkdownLink] = []
    var taskItems: [MarkdownTaskItem] = []

    init(options: MarkdownOptions, columns: SourceColumns) {
        self.options = options
        self.columns = columns
    }

    private var unsafeFlag: Int32 { options.allowRawHTML ? CMARK_OPT_UNSAFE : 0 }

    mutating func parse(_ text: String) {
        let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | unsafeFlag)
        for name in MarkdownConverter.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        self.parser = parser
        document = cmark_parser_finish(parser)
    }

    mutating func transform(rewriteLink: (MarkdownLink) -> LinkRewrite) {
        guard let document else { return }
        var slugger = HeadingSlugger()
        for node in collectNodes(in: document) {
            switch node.nodeType {
            case CMARK_NODE_HEADING: replaceHeading(node, slugger: &slugger)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: rewrite(node, with: rewriteLink)
            case CMARK_NODE_ITEM where node.typeString == "tasklist": recordTask(node)
            default: break
            }
        }
    }

    /// The nodes the walk changes, collected first: changing the tree while iterating it is unsafe.
    private func collectNodes(in document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch node.nodeType {
            case CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_ITEM: nodes.append(node)
            default: break
            }
        }
        return nodes
    }

    private mutating func replaceHeading(_ heading: OpaquePointer, slugger: inout HeadingSlugger) {
        let level = Int(cmark_node_get_heading_level(heading))
        let text = heading.plainText.trimmingWhitespace
        let id = slugger.uniqueSlug(for: text)
        headings.append(MarkdownHeading(level: level, text: text, id: id, line: heading.startLine))
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(block, "</h\(level)>\n")
        heading.moveChildren(to: block)
        cmark_node_insert_before(heading, block)
        cmark_node_unlink(heading)
        detached.append(heading)
    }

    private mutating func rewrite(_ node: OpaquePointer, with rewriteLink: (MarkdownLink) -> LinkRewrite) {
        let isImage = node.nodeType == CMARK_NODE_IMAGE
        let destination = node.url
        if URLSafety.isDangerous(destination) {
            neutralise(node, isImage: isImage)
            return
        }
        let (line, byteColumn) = position(of: node)
        let link = MarkdownLink(
            destination: destination, isImage: isImage, line: line,
            column: columns.characterColumn(line: line, byteColumn: byteColumn))
        links.append(link)
        if case .replace(let url) = rewriteLink(link) {
            cmark_node_set_url(node, url)
        }
    }

    /// A dangerous image loses its source; a dangerous link becomes its text.
    private mutating func neutralise(_ node: OpaquePointer, isImage: Bool) {
        if isImage {
            cmark_node_set_url(node, "")
            return
        }
        for child in node.children { cmark_node_insert_before(node, child) }
        cmark_node_unlink(node)
        detached.append(node)
    }

    /// Autolinks made by the extension carry no position; fall back to the enclosing block.
    private func position(of node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            if candidate.startLine > 0 { return (candidate.startLine, max(candidate.startColumn, 1)) }
            current = candidate.parent
        }
        return (1, 1)
    }

    private mutating func recordTask(_ item: OpaquePointer) {
        let paragraph = item.children.first { $0.nodeType == CMARK_NODE_PARAGRAPH }
        taskItems.append(MarkdownTaskItem(
            text: (paragraph ?? item).plainText.trimmingWhitespace,
            isChecked: cmark_gfm_extensions_get_tasklist_item_checked(item),
            line: item.startLine))
    }

    func result() -> ConvertedMarkdown {
        var html = ""
        if let document, let rendered = cmark_render_html(
            document, CMARK_OPT_FOOTNOTES | unsafeFlag, cmark_parser_get_syntax_extensions(parser)) {
            html = String(cString: rendered)
            Glibc.free(rendered)
        }
        return ConvertedMarkdown(html: html, headings: headings, links: links, taskItems: taskItems)
    }

    mutating func release() {
        if let document { cmark_node_free(document) }
        detached.forEach { cmark_node_free($0) }
        if let parser { CmarkLock.withCmark { cmark_parser_free(parser) } }
        document = nil
        detached = []
        parser = nil
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
