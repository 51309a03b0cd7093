/// How the blocks of a body are arranged around its `##` headings. The walker applies it to
/// the cmark tree with custom blocks, so it works in safe mode and never parses HTML.
public enum BodyLayout: Sendable, Hashable {
    /// Plain Markdown output.
    case prose
    /// Every `##` heading and what follows it becomes a `<section>`; see `SectionRoles`.
    case sections(SectionRoles)
    /// `##` sections whose list items become phrase cards (`MarkdownPhrase`).
    case phraseCards(PhraseCardLabels)
    /// `##` sections whose task-list items become labelled checkboxes with stable keys.
    case checklist
}

/// Names the `##` sections by position: `roles[0]` is the first section's role.
public struct SectionRoles: Sendable, Hashable {
    /// Each section gets the class `section-<role>`; sections past the list get none.
    public var roles: [String]
    /// Positions (0-based) wrapped together in `<div class="side-by-side">`.
    public var sideBySide: Range<Int>?

    public init(roles: [String], sideBySide: Range<Int>? = nil) {
        self.roles = roles
        self.sideBySide = sideBySide
    }
}

/// The UI words a phrase card shows, in the page's language.
public struct PhraseCardLabels: Sendable, Hashable {
    /// Shown before the phrase to avoid (the author's own "Instead of:" prefix is dropped).
    public var avoid: String
    public var copy: String
    public var permalink: String

    public init(avoid: String = "Instead of:", copy: String = "Copy", permalink: String = "Link") {
        self.avoid = avoid
        self.copy = copy
        self.permalink = permalink
    }
}
