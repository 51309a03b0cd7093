/// The typed front matter of a page (see the table in docs/authoring.md).
public struct FrontMatter: Sendable, Hashable {
    public var title: String = ""
    public var summary: String?
    public var pillars: [Pillar] = []
    public var tags: [String] = []
    public var audience: Audience?
    public var order: Int?
    public var date: PageDate?
    public var updated: PageDate?
    public var draft: Bool = false
    public var duration: Int?
    public var participants: String?
    public var materials: [String] = []
    /// A translation's `translationOf:`: the `SourceVersion` of the source page it was made from.
    public var translationOf: String?

    public init(title: String = "") {
        self.title = title
    }

    /// Every key an author may write, for "did you mean" suggestions.
    public static let knownKeys = [
        "title", "summary", "pillars", "tags", "audience", "order", "date", "updated", "draft",
        "duration", "participants", "materials", "translationOf",
    ]
}
