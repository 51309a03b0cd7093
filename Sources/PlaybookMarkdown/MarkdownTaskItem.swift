/// A GitHub task-list item (`- [ ] …`).
public struct MarkdownTaskItem: Sendable, Hashable {
    public var text: String
    public var isChecked: Bool
    public var line: Int

    public init(text: String, isChecked: Bool, line: Int) {
        self.text = text
        self.isChecked = isChecked
        self.line = line
    }
}
