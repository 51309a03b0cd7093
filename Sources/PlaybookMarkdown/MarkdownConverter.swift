import CCmarkGFM
import PlaybookSupport

/// Converts GitHub-flavoured Markdown to HTML with cmark-gfm, in one walk of its AST.
///
/// The walk gives headings their ids (rendered as `<hN id="…">` through custom blocks, which
/// cmark emits even in safe mode), hands every link to `rewriteLink`, drops dangerous URLs
/// and records task-list items; then `options.layout` arranges the blocks (`BodyLayout`,
/// one file per transform). Only parsing runs under `CmarkLock` (it is what touches cmark's
/// global state); walking and rendering this conversion's own tree run outside it, so pages
/// convert in parallel.
public enum MarkdownConverter {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// With `seconds`, the same tree is rendered again with each one's variant and links, into
    /// `variantHTML`, in their order.
    public static func convert(
        _ text: String,
        options: MarkdownOptions = MarkdownOptions(),
        also seconds: [SecondRendering] = [],
        rewriteLink: (MarkdownLink) -> LinkRewrite = { _ in .keep }
    ) -> ConvertedMarkdown {
        var conversion = Conversion(options: options, columns: SourceColumns(text))
        defer { conversion.release() }
        CmarkLock.withCmark { conversion.parse(text) }
        let sectionTexts = options.collectsSectionTexts ? conversion.document.map(SectionTextCollector.collect) ?? [[]] : []
        conversion.transform(rewriteLink: rewriteLink)
        var converted = conversion.result()
        converted.sectionTexts = sectionTexts
        converted.variantHTML = seconds.map { conversion.render($0) }
        return converted
    }
}

/// One conversion's cmark state. Nodes taken out of the tree stay alive until `release()`:
/// inline text borrows its block's buffer, so a heading freed early corrupts its moved text.
struct Conversion {
    let options: MarkdownOptions
    let columns: SourceColumns
    var document: OpaquePointer?
    var detached: [OpaquePointer] = []
    /// Whether the text has a footnote, whose ids cmark writes itself (`FootnoteIdPrefixer`).
    var hasFootnotes = false
    var headings: [MarkdownHeading] = []
    var links: [MarkdownLink] = []
    var taskItems: [MarkdownTaskItem] = []
    var phrases: [MarkdownPhrase] = []
    /// Heading ids and phrase anchors share one namespace.
    var slugger = HeadingSlugger()
    /// The custom block that replaced each heading, with the heading it shows.
    var headingBlocks: [OpaquePointer: PlacedHeading] = [:]
    /// The stable key of each task-list item node.
    var taskKeys: [OpaquePointer: TaskKey] = [:]
    /// Custom blocks whose HTML holds an id or a heading level, with how to write it for a
    /// variant: a second rendering rewrites exactly these.
    var variantBlocks: [(block: OpaquePointer, html: (RenderVariant) -> (enter: String, exit: String))] = []
    /// Every link and image node that was handed to `rewriteLink`, with the link as written
    /// and the URL the node holds now.
    var linkNodes: [(node: OpaquePointer, link: MarkdownLink, url: String)] = []
    /// The variant `variantBlocks` are written for now.
    var writtenVariant: RenderVariant
    /// The last second rendering's HTML. A page of the default language is rendered for its own
    /// handbook and for each untranslated one's, mostly with the same ids and link URLs: when
    /// the next rendering writes the tree the same way, its HTML is this text again.
    var lastRendering: String?

    /// The variant `options` ask for: the first rendering's.
    let primary: RenderVariant

    init(options: MarkdownOptions, columns: SourceColumns) {
        self.options = options
        self.columns = columns
        primary = RenderVariant(idPrefix: options.idPrefix, headingLevelOffset: options.headingLevelOffset)
        writtenVariant = primary
    }

    var unsafeFlag: Int32 { options.allowRawHTML ? CMARK_OPT_UNSAFE : 0 }

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
        document = cmark_parser_finish(parser)
        cmark_parser_free(parser)
    }

    mutating func transform(rewriteLink: (MarkdownLink) -> LinkRewrite) {
        guard let document else { return }
        var group: PlacedHeading?
        var taskKeyCounts: [String: Int] = [:]
        let (nodes, hasFootnotes) = collectNodes(in: document)
        self.hasFootnotes = hasFootnotes
        for node in nodes {
            switch node.nodeType {
            case CMARK_NODE_HEADING: group = replaceHeading(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: rewrite(node, with: rewriteLink)
            case CMARK_NODE_ITEM where node.typeString == "tasklist": recordTask(node, group: group, counts: &taskKeyCounts)
            default: break
            }
        }
        applyLayout(to: document)
    }

    private mutating func applyLayout(to document: OpaquePointer) {
        switch options.layout {
        case .prose: break
        case .sections(let roles): wrapSections(of: document, roles: roles, className: "body-section")
        case .phraseCards(let labels):
            makePhraseCards(in: document, labels: labels)
            wrapSections(of: document, roles: SectionRoles(roles: []), className: "phrase-group")
        case .checklist:
            makeCheckboxes(in: document)
            wrapSections(of: document, roles: SectionRoles(roles: []), className: "checklist-group")
        }
    }


    /// A new custom block that renders as `enter`, its children, then `exit`.
    func customBlock(enter: String, exit: String) -> OpaquePointer {
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        block.setHTML(enter: enter, exit: exit)
        return block
    }

    /// A custom block whose HTML depends on the variant (it holds an id or a heading level),
    /// written for `primary` now and rewritten for a second rendering.
    mutating func variantBlock(_ html: @escaping (RenderVariant) -> (enter: String, exit: String)) -> OpaquePointer {
        let (enter, exit) = html(primary)
        let block = customBlock(enter: enter, exit: exit)
        variantBlocks.append((block, html))
        return block
    }

    /// Takes `node` out of the tree, keeping it alive until the document is freed.
    mutating func detach(_ node: OpaquePointer) {
        cmark_node_unlink(node)
        detached.append(node)
    }

    /// The nodes the walk changes, collected first: changing the tree while iterating it is unsafe.
    private func collectNodes(in document: OpaquePointer) -> (nodes: [OpaquePointer], hasFootnotes: Bool) {
        var nodes: [OpaquePointer] = []
        var hasFootnotes = false
        document.walk { node, isEntering in
            guard isEntering else { return }
            switch node.nodeType {
            case CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_ITEM: nodes.append(node)
            case CMARK_NODE_FOOTNOTE_REFERENCE: hasFootnotes = true
            default: break
            }
        }
        return (nodes, hasFootnotes)
    }

    private mutating func replaceHeading(_ heading: OpaquePointer) -> PlacedHeading {
        let sourceLevel = Int(cmark_node_get_heading_level(heading))
        let text = heading.plainText.trimmingWhitespace
        let slug = slugger.uniqueSlug(for: text)
        let placed = PlacedHeading(
            heading: MarkdownHeading(level: primary.level(sourceLevel), text: text, id: options.idPrefix + slug, line: heading.startLine),
            slug: slug, sourceLevel: sourceLevel)
        headings.append(placed.heading)
        let escapedSlug = slug.htmlEscaped
        let block = variantBlock { variant in
            // Escaping goes byte by byte, so the prefix and the slug are escaped apart; the tags
            // come from a table. Every heading is written twice (page and handbook).
            let level = variant.level(sourceLevel)
            return (Self.headingOpenings[level] + variant.idPrefix.htmlEscaped + escapedSlug + "\">", Self.headingClosings[level])
        }
        heading.moveChildren(to: block)
        cmark_node_insert_before(heading, block)
        detach(heading)
        headingBlocks[block] = placed
        return placed
    }

    /// `<hN id="` and `</hN>` and a line end, by level (1 to 6).
    private static let headingOpenings = (0...6).map { "<h\($0) id=\"" }
    private static let headingClosings = (0...6).map { "</h\($0)>\n" }

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
        let rewrite = rewriteLink(link)
        if case .replace(let url) = rewrite {
            node.setURL(url)
        }
        linkNodes.append((node, link, rewrite.url(keeping: destination)))
    }

    /// A dangerous image loses its source; a dangerous link becomes its text.
    private mutating func neutralise(_ node: OpaquePointer, isImage: Bool) {
        if isImage {
            node.setURL("")
            return
        }
        for child in node.children { cmark_node_insert_before(node, child) }
        detach(node)
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

    /// The key is a hash of the heading id and the item's text; a repeated pair gets `-2`, `-3`.
    private mutating func recordTask(_ item: OpaquePointer, group: PlacedHeading?, counts: inout [String: Int]) {
        let paragraph = item.children.first { $0.nodeType == CMARK_NODE_PARAGRAPH }
        let text = (paragraph ?? item).plainText.trimmingWhitespace
        var key = TaskKey(groupSlug: group?.slug, text: text, ordinal: 1)
        let base = key.base(idPrefix: options.idPrefix)
        counts[base, default: 0] += 1
        key.ordinal = counts[base]!
        taskKeys[item] = key
        taskItems.append(MarkdownTaskItem(
            text: text, isChecked: cmark_gfm_extensions_get_tasklist_item_checked(item),
            line: item.startLine, key: key.numbering(base), group: group?.heading.text))
    }

    mutating func release() {
        if let document { cmark_node_free(document) }
        detached.forEach { cmark_node_free($0) }
        document = nil
        detached = []
    }
}

/// A heading as the conversion placed it: its record, the slug its ids are made from, and the
/// level the author wrote (`##` is 2), on which layouts are defined, so a page lays out the
/// same in the handbook, two levels down.
struct PlacedHeading {
    var heading: MarkdownHeading
    var slug: String
    var sourceLevel: Int
}

/// What a task item's stable key is made of: `task-<hash of heading id and text>`, `-2` for
/// the second item with the same pair. The heading id carries the rendering's prefix.
struct TaskKey {
    var groupSlug: String?
    var text: String
    var ordinal: Int

    func make(idPrefix: String) -> String { numbering(base(idPrefix: idPrefix)) }

    /// The key of the first item with this pair.
    func base(idPrefix: String) -> String { "task-" + StableKey.make(groupSlug.map { idPrefix + $0 } ?? "", text) }

    /// `base` with this item's number, when it is not the first.
    func numbering(_ base: String) -> String { ordinal == 1 ? base : "\(base)-\(ordinal)" }
}
