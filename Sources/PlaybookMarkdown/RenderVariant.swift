/// How a converted tree's ids and headings are written out: ids get `idPrefix` and headings
/// move `headingLevelOffset` levels down. A page is rendered with its `MarkdownOptions`' own;
/// the handbook renders the same tree a second time with its own (`SecondRendering`), which
/// spares converting every page twice.
public struct RenderVariant: Sendable, Hashable {
    public var idPrefix: String
    public var headingLevelOffset: Int

    public init(idPrefix: String = "", headingLevelOffset: Int = 0) {
        self.idPrefix = idPrefix
        self.headingLevelOffset = headingLevelOffset
    }

    /// The level a heading written at `sourceLevel` (`##` is 2) is rendered at.
    func level(_ sourceLevel: Int) -> Int { min(6, max(1, sourceLevel + headingLevelOffset)) }
}

/// A second rendering of a conversion's tree: its variant, and where its links point (a link
/// kept as written goes back to its destination, whatever the first rendering made of it).
public struct SecondRendering {
    public var variant: RenderVariant
    public var rewriteLink: (MarkdownLink) -> LinkRewrite

    public init(variant: RenderVariant, rewriteLink: @escaping (MarkdownLink) -> LinkRewrite) {
        self.variant = variant
        self.rewriteLink = rewriteLink
    }
}
