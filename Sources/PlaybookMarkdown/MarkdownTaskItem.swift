/// A GitHub task-list item (`- [ ] …`).
public struct MarkdownTaskItem: Sendable, Hashable {
    public var text: String
    public var isChecked: Bool
    public var line: Int
    /// Stable in the document: made from the item's text and its heading, not its position,
    /// so ticks stored under it survive reordering and editing other items.
    public var key: String
    /// The heading the item is under, if any.
    public var group: String?

    public init(text: String, isChecked: Bool, line: Int, key: String, group: String?) {
        self.text = text
        self.isChecked = isChecked
        self.line = line
        self.key = key
        self.group = group
    }
}
