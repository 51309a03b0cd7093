/// A phrase of a phrase library: a list item under a `##` situation.
public struct MarkdownPhrase: Sendable, Hashable {
    /// The card's anchor: a slug of the phrase, unique in the document.
    public var id: String
    public var text: String
    /// The phrase to avoid: the struck-through text of a nested item.
    public var avoid: String?
    public var situation: String
    public var situationId: String
    public var line: Int

    public init(id: String, text: String, avoid: String?, situation: String, situationId: String, line: Int) {
        self.id = id
        self.text = text
        self.avoid = avoid
        self.situation = situation
        self.situationId = situationId
        self.line = line
    }
}
