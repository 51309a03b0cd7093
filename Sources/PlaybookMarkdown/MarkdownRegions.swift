import CCmarkGFM

/// Where a Markdown text quotes rather than says — code (spans and blocks), struck-through
/// text, raw HTML — and the lines its headings are on: what a check of the text's own wording
/// (`playbook lint`) leaves out, and how it finds a page's sections.
public struct MarkdownRegions: Sendable {
    /// A place in the text: 1-based line and UTF-8 byte column, as cmark gives them.
    public struct Position: Sendable, Hashable, Comparable {
        public var line: Int
        public var byteColumn: Int

        public init(line: Int, byteColumn: Int) {
            self.line = line
            self.byteColumn = byteColumn
        }

        public static func < (a: Position, b: Position) -> Bool { (a.line, a.byteColumn) < (b.line, b.byteColumn) }
    }

    /// From `start` to `end`, both included.
    public struct Span: Sendable, Hashable {
        public var start: Position
        public var end: Position

        public func contains(_ position: Position) -> Bool { start <= position && position <= end }
    }

    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var line: Int
    }

    /// Code, struck-through text and raw HTML, in document order.
    public private(set) var quoted: [Span] = []
    public private(set) var headings: [Heading] = []

    /// The regions of `text` (Markdown without front matter).
    public init(of text: String) {
        var conversion = Conversion(options: MarkdownOptions(), columns: SourceColumns(text))
        defer { conversion.release() }
        CmarkLock.withCmark { conversion.parse(text) }
        conversion.document?.walk { node, isEntering in
            guard isEntering else { return }
            switch node.nodeType {
            case CMARK_NODE_HEADING:
                headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), line: node.startLine))
            case CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                quote(node)
            default:
                if node.typeString == "strikethrough" { quote(node) }
            }
        }
    }

    private mutating func quote(_ node: OpaquePointer) {
        let start = Position(line: node.startLine, byteColumn: node.startColumn)
        let end = Position(line: Int(cmark_node_get_end_line(node)), byteColumn: Int(cmark_node_get_end_column(node)))
        // A fenced code block ends on its closing fence's line: the whole of that line is in.
        guard start.line > 0, end.line >= start.line else { return }
        quoted.append(Span(start: start, end: node.nodeType == CMARK_NODE_CODE_BLOCK ? Position(line: end.line, byteColumn: Int.max) : end))
    }
}
