import CCmarkGFM

/// `BodyLayout.sections`: each `##` heading and the blocks up to the next `#` or `##` heading
/// become one `<section aria-labelledby="…">`, named by position (`SectionRoles`).
extension Conversion {
    mutating func wrapSections(of document: OpaquePointer, roles: SectionRoles, className: String) {
        var sections: [OpaquePointer] = []
        var current: OpaquePointer?
        for node in document.children {
            // cmark renders footnote definitions last and closes their list at the document's
            // end: moving them into a section would break the HTML.
            if node.nodeType == CMARK_NODE_FOOTNOTE_DEFINITION { break }
            if let placed = headingBlocks[node], placed.sourceLevel <= 2 {
                current = nil
                if placed.sourceLevel == 2 {
                    let position = sections.count
                    let role = position < roles.roles.count ? " section-\(roles.roles[position])" : ""
                    let section = variantBlock { variant in
                        ("<section class=\"\((className + role).htmlEscaped)\" aria-labelledby=\"\((variant.idPrefix + placed.slug).htmlEscaped)\">\n",
                         "</section>\n")
                    }
                    cmark_node_insert_before(node, section)
                    sections.append(section)
                    current = section
                }
            }
            if let current { cmark_node_append_child(current, node) }
        }
        // Two empty blocks around the pair rather than one holding it: with the sections moved
        // into one more custom block, cmark-gfm 0.29 renders no footnotes at all (seen, not explained).
        if let range = roles.sideBySide, range.count > 1, range.upperBound <= sections.count {
            cmark_node_insert_before(sections[range.lowerBound], customBlock(enter: "<div class=\"side-by-side\">\n", exit: ""))
            cmark_node_insert_after(sections[range.upperBound - 1], customBlock(enter: "</div>\n", exit: ""))
        }
    }
}
