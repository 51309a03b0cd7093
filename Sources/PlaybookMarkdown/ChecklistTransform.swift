import CCmarkGFM

/// `BodyLayout.checklist`: every task-list item becomes a real checkbox with a label, named by
/// the item's stable key (`MarkdownTaskItem.key`), so stored ticks follow the item, not its position.
///
/// ```html
/// <ul class="checklist">
/// <li class="check-item"><input type="checkbox" id="task-…" name="task-…"> <label for="task-…">Call back</label></li>
/// </ul>
/// ```
extension Conversion {
    mutating func makeCheckboxes(in document: OpaquePointer) {
        let lists = document.descendants.filter { node in
            node.nodeType == CMARK_NODE_LIST && node.children.contains { taskKeys[$0] != nil }
        }
        for list in lists {
            let checklist = customBlock(enter: "<ul class=\"checklist\">\n", exit: "</ul>\n")
            for item in list.children {
                cmark_node_append_child(checklist, checkItem(item))
            }
            cmark_node_insert_before(list, checklist)
            detach(list)
        }
    }

    private mutating func checkItem(_ item: OpaquePointer) -> OpaquePointer {
        // The key names the stored tick; with an `idPrefix` (the handbook) the element's id
        // gets the prefix too, so items of two pages never share one.
        guard let key = taskKeys[item] else {
            let plain = customBlock(enter: "<li>\n", exit: "</li>\n")
            item.moveChildren(to: plain)
            return plain
        }
        let checked = cmark_gfm_extensions_get_tasklist_item_checked(item) ? " checked" : ""
        let entry = customBlock(enter: "<li class=\"check-item\">\n", exit: "</li>\n")
        let blocks = item.children
        let paragraph = blocks.first { $0.nodeType == CMARK_NODE_PARAGRAPH }
        let label = variantBlock { variant in
            let id = (variant.idPrefix + key.make(idPrefix: variant.idPrefix)).htmlEscaped
            return ("<input type=\"checkbox\" id=\"\(id)\" name=\"\(id)\"\(checked)> <label for=\"\(id)\">", "</label>\n")
        }
        cmark_node_append_child(entry, label)
        for block in blocks {
            if block == paragraph { block.moveChildren(to: label) } else { cmark_node_append_child(entry, block) }
        }
        return entry
    }
}
