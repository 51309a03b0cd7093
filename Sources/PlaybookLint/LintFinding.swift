import PlaybookModel

/// A phrase to avoid found in a text.
public struct LintFinding: Sendable, Hashable, Encodable {
    public var file: String
    public var line: Int
    public var column: Int
    /// The phrase the playbook advises against, as the playbook writes it.
    public var phrase: String
    public var insteadOf: String?
    public var library: String?
    /// The line it was found on, for showing under the warning.
    public var sourceLine: String

    /// `'calm down' — say instead: 'I can hear …' (phrases/acknowledging-feelings)`, at its place.
    public var diagnostic: Diagnostic {
        var message = "'\(phrase)'"
        if let insteadOf { message += " — say instead: '\(insteadOf)'" }
        if let library { message += " (\(library))" }
        return Diagnostic(.warning, message, at: SourceLocation(file: file, line: line, column: column), sourceLine: sourceLine)
    }
}
