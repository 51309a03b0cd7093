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
    static func collect(_ document: OpaquePointer) -> [[UInt8]] {
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
        return sections.indices.map { sections[$0].takeText() }
    }
}

/// A section's text as it is collected: cmark's bytes, a space between blocks. `text` makes
/// runs of ASCII whitespace one space, none at either end. The bytes never become a `String`:
/// the search index tokenizes them as they are (cmark's text is valid UTF-8), and makes a
/// `String` of the few its snippet keeps.
private struct SectionText {
    private var bytes: [UInt8] = []

    mutating func append(_ literal: UnsafePointer<CChar>) {
        let count = strlen(literal)
        literal.withMemoryRebound(to: UInt8.self, capacity: count) { bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: count)) }
    }

    mutating func separate() {
        bytes.append(0x20)
    }

    /// The text, taken from the collector. Works on bytes, not `Character.isWhitespace`, since
    /// every page's text passes here; in place, as the text only shrinks.
    mutating func takeText() -> [UInt8] {
        var text: [UInt8] = []
        swap(&text, &bytes)
        let count = text.withUnsafeMutableBufferPointer { result in
            var count = 0
            var pendingSpace = false
            for index in result.indices {
                let byte = result[index]
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
        text.removeLast(text.count - count)
        return text
    }
}
