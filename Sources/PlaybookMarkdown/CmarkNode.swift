import CCmarkGFM

/// Small Swift helpers over `cmark_node *`. Internal: no OpaquePointer leaves this module.
extension OpaquePointer {
    var nodeType: cmark_node_type { cmark_node_get_type(self) }
    var typeString: String { String(cString: cmark_node_get_type_string(self)) }
    var startLine: Int { Int(cmark_node_get_start_line(self)) }
    var startColumn: Int { Int(cmark_node_get_start_column(self)) }
    var literal: String? { cmark_node_get_literal(self).map { String(cString: $0) } }
    var url: String { cmark_node_get_url(self).map { String(cString: $0) } ?? "" }
    var firstChild: OpaquePointer? { cmark_node_first_child(self) }
    var next: OpaquePointer? { cmark_node_next(self) }
    var parent: OpaquePointer? { cmark_node_parent(self) }

    var children: [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// Calls `visit` for `self` and every node below it, in document order: once on entering a
    /// node (`isEntering`), and once more on leaving it if it can have children. The tree must
    /// not change during the walk.
    func walk(_ visit: (_ node: OpaquePointer, _ isEntering: Bool) -> Void) {
        let iterator = cmark_iter_new(self)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, event == CMARK_EVENT_ENTER)
        }
    }

    /// The text a reader sees: text, code and line breaks of the subtree.
    var plainText: String {
        var text = ""
        walk { node, isEntering in
            guard isEntering else { return }
            switch node.nodeType {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += node.literal ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// Sets a custom block's HTML. `withCString` lends a native string's own bytes, where
    /// passing a `String` for a `const char *` would copy them into a new array first.
    func setHTML(enter: String, exit: String) {
        // cmark's status is 0 only for a node that is not a custom block: never ours.
        _ = enter.withCString { cmark_node_set_on_enter(self, $0) }
        _ = exit.withCString { cmark_node_set_on_exit(self, $0) }
    }

    func setURL(_ url: String) {
        _ = url.withCString { cmark_node_set_url(self, $0) }
    }

    /// Moves every child of `self` to the end of `target`.
    func moveChildren(to target: OpaquePointer) {
        while let child = firstChild {
            cmark_node_append_child(target, child)
        }
    }
}

extension OpaquePointer {
    /// Every node below `self`, in document order.
    var descendants: [OpaquePointer] {
        var result: [OpaquePointer] = []
        walk { node, isEntering in
            if isEntering, node != self { result.append(node) }
        }
        return result
    }
}
