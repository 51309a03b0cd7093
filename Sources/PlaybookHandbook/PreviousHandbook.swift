/// The handbook file the last build wrote, and which of its articles this build copies
/// from it rather than rendering again. Given only when that file is known to be the one the
/// build left, for a site with the same outline (so every byte outside the articles, and each
/// article whose page came from the same conversion, is what rendering would give again).
public struct PreviousHandbook: Sendable {
    public var path: String
    public var size: Int
    /// Each article's bytes in the file, in the book's order.
    public var articles: [Range<Int>]
    /// For each article, true when its bytes are copied; false when it is rendered.
    public var copied: [Bool]

    public init(path: String, size: Int, articles: [Range<Int>], copied: [Bool]) {
        self.path = path
        self.size = size
        self.articles = articles
        self.copied = copied
    }
}
