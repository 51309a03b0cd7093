import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects the plain text of a document per heading section, for the search index.
///
/// Element 0 is the text before the first heading; element `i` the text after the `i`-th
/// heading (in document order, the order of `ConvertedMarkdown.headings`) up to the next one.
/// Heading text itself is left out: the heading list holds it. Blocks are separated by a space.
enum SectionTextCollector {
    static func collect(_ document: OpaquePointer) -> [String] {
        var sections = [SectionText()]
        var headingDepth = 0
        document.walk { node, isEntering in
            let type = node.nodeType
            if type == CMARK_NODE_HEADING {
                if isEntering {
                    headingDepth += 1
                    sections.append(SectionText())
                } else {
                    headingDepth -= 1
                }
                return
            }
            guard headingDepth == 0 else { return }
            switch (isEntering, type) {
            case (true, CMARK_NODE_TEXT), (true, CMARK_NODE_CODE), (true, CMARK_NODE_CODE_BLOCK):
                if let literal = cmark_node_get_literal(node) { sections[sections.count - 1].append(literal) }
            case (true, CMARK_NODE_SOFTBREAK), (true, CMARK_NODE_LINEBREAK), (false, CMARK_NODE_PARAGRAPH), (false, CMARK_NODE_ITEM):
                sections[sections.count - 1].separate()
            default:
                // Table cells are extension nodes: separate them like blocks.
                if !isEntering, node.typeString == "table_cell" { sections[sections.count - 1].separate() }
            }
        }
        return sections.map(\.text)
    }
}

/// A section's text as it is collected: cmark's bytes, a space between blocks. `text` makes
/// runs of ASCII whitespace one space, none at either end, as it turns the bytes into a
/// `String` once, rather than making a `String` per text node and joining them.
private struct SectionText {
    private var bytes: [UInt8] = []

    mutating func append(_ literal: UnsafePointer<CChar>) {
        let count = strlen(literal)
        literal.withMemoryRebound(to: UInt8.self, capacity: count) { bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: count)) }
    }

    mutating func separate() {
        bytes.append(0x20)
    }

    /// Works on bytes, not `Character.isWhitespace`, since every page's text passes here.
    var text: String {
        bytes.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: source.count) { result in
                var count = 0
                var pendingSpace = false
                for byte in source {
                    switch byte {
                    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                        pendingSpace = count > 0
                    default:
                        if pendingSpace {
                            result[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        result[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
    }
}
