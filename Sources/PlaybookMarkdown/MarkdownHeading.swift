/// A heading of the converted document, with the id it was given.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
