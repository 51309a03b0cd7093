import CCmarkGFM

/// `BodyLayout.phraseCards`: under each `##` situation, every item of a list is a phrase card
/// with an anchor, the phrase to avoid (a nested item with struck-through text) and actions.
///
/// ```html
/// <li class="phrase" id="i-hear-you">
/// <p class="phrase-text" id="i-hear-you-text">I hear you.</p>
/// <p class="phrase-avoid"><span class="phrase-avoid-label">Instead of:</span> <del>Calm down.</del></p>
/// <p class="phrase-actions"><button …>Copy</button> <a class="phrase-link" href="#i-hear-you">Link</a></p>
/// </li>
/// ```
extension Conversion {
    /// Anchors are cut to this many characters (at a word break where there is one).
    static let phraseAnchorLength = 48

    mutating func makePhraseCards(in document: OpaquePointer, labels: PhraseCardLabels) {
        var situation: MarkdownHeading?
        for node in document.children {
            if let placed = headingBlocks[node] {
                if placed.sourceLevel <= 2 { situation = placed.sourceLevel == 2 ? placed.heading : nil }
                continue
            }
            guard node.nodeType == CMARK_NODE_LIST, let situation else { continue }
            let cards = customBlock(enter: "<ul class=\"phrases\">\n", exit: "</ul>\n")
            for item in node.children {
                cmark_node_append_child(cards, makeCard(item, situation: situation, labels: labels))
            }
            cmark_node_insert_before(node, cards)
            detach(node)
        }
    }

    private mutating func makeCard(_ item: OpaquePointer, situation: MarkdownHeading, labels: PhraseCardLabels) -> OpaquePointer {
        let blocks = item.children
        let paragraph = blocks.first { $0.nodeType == CMARK_NODE_PARAGRAPH }
        let text = paragraph?.plainText.trimmingWhitespace ?? ""
        let slug = slugger.uniqueSlug(reserving: Self.anchor(for: text))
        let id = (options.idPrefix + slug).htmlEscaped
        let card = variantBlock { ("<li class=\"phrase\" id=\"\(($0.idPrefix + slug).htmlEscaped)\">\n", "</li>\n") }
        let textBlock = variantBlock { ("<p class=\"phrase-text\" id=\"\(($0.idPrefix + slug).htmlEscaped)-text\">", "</p>\n") }
        cmark_node_append_child(card, textBlock)
        var avoid: String?
        for block in blocks {
            if block == paragraph {
                block.moveChildren(to: textBlock)
                continue
            }
            if avoid == nil, block.nodeType == CMARK_NODE_LIST, let (avoidBlock, avoidText) = takeAvoid(from: block, label: labels.avoid) {
                cmark_node_append_child(card, avoidBlock)
                avoid = avoidText
            }
            if block.firstChild != nil { cmark_node_append_child(card, block) }
        }
        let (copy, permalink) = (labels.copy.htmlEscaped, labels.permalink.htmlEscaped)
        cmark_node_append_child(card, variantBlock { variant in
            let id = (variant.idPrefix + slug).htmlEscaped
            // One literal, so one string is built (every card, twice: page and handbook).
            return ("""
                <p class="phrase-actions"><button type="button" class="phrase-copy" data-copy="\(id)-text" \
                aria-describedby="\(id)-text" hidden>\(copy)</button> <a class="phrase-link" href="#\(id)" \
                aria-describedby="\(id)-text">\(permalink)</a></p>

                """, "")
        })
        phrases.append(MarkdownPhrase(id: id, text: text, avoid: avoid, situation: situation.text,
                                      situationId: situation.id, line: item.startLine))
        return card
    }

    /// The first nested item holding struck-through text becomes the "avoid" line; the
    /// author's own prefix ("Instead of:", "避免：") is dropped for the theme's label.
    private mutating func takeAvoid(from list: OpaquePointer, label: String) -> (OpaquePointer, String)? {
        for item in list.children {
            let struck = item.descendants.filter { $0.typeString == "strikethrough" }
            guard !struck.isEmpty else { continue }
            let block = customBlock(
                enter: "<p class=\"phrase-avoid\"><span class=\"phrase-avoid-label\">\(label.htmlEscaped)</span> ", exit: "</p>\n")
            for (index, node) in struck.enumerated() {
                if index > 0, let separator = cmark_node_new(CMARK_NODE_TEXT) {
                    cmark_node_set_literal(separator, " ")
                    cmark_node_append_child(block, separator)
                }
                cmark_node_append_child(block, node)
            }
            detach(item)
            return (block, struck.map { $0.plainText.trimmingWhitespace }.joined(separator: " "))
        }
        return nil
    }

    /// The slug of the phrase, cut at a word break so links stay readable.
    static func anchor(for text: String) -> String {
        let slug = HeadingSlugger.slug(text)
        // Slugs are nearly always ASCII, where characters are bytes: they are counted and
        // cut as bytes, sparing every card the `Character` machinery.
        let bytes = slug.utf8
        if bytes.count <= phraseAnchorLength { return slug }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let ascii = Array(bytes)
            let cut = ascii[..<phraseAnchorLength]
            if ascii[phraseAnchorLength] == UInt8(ascii: "-") { return String(decoding: cut, as: UTF8.self) }
            if let dash = cut.lastIndex(of: UInt8(ascii: "-")), dash > 0 { return String(decoding: cut[..<dash], as: UTF8.self) }
            return String(decoding: ascii[..<(phraseAnchorLength / 2)], as: UTF8.self)
        }
        guard slug.count > phraseAnchorLength else { return slug }
        let cut = slug.prefix(phraseAnchorLength)
        if slug.dropFirst(phraseAnchorLength).first == "-" { return String(cut) }
        if let dash = cut.lastIndex(of: "-"), dash > cut.startIndex { return String(cut[..<dash]) }
        return String(slug.prefix(phraseAnchorLength / 2))
    }
}
