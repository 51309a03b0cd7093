/// A phrase the playbook advises against, with what it suggests saying instead.
public struct AvoidPhrase: Sendable, Hashable {
    /// The phrase as the playbook writes it, without closing punctuation.
    public var text: String
    /// Its words as `LintWords` folds them.
    public var words: [String]
    /// The phrase the playbook suggests in its place, when it gives one.
    public var insteadOf: String?
    /// The phrase library it comes from (`phrases/acknowledging-feelings`); nil for one from
    /// `playbook.yml` that no library names.
    public var library: String?

    public init(text: String, insteadOf: String?, library: String?) {
        self.text = Self.trimmed(text)
        words = LintWords.folded(self.text)
        self.insteadOf = insteadOf
        self.library = library
    }

    /// Without surrounding white space and closing punctuation (`Please calm down.` → `Please calm down`).
    private static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let last = characters.last, last.isWhitespace || last.isPunctuation { characters.removeLast() }
        while let first = characters.first, first.isWhitespace { characters.removeFirst() }
        return String(characters)
    }
}
