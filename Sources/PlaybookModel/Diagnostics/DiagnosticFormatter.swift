/// Prints diagnostics like a compiler does, so editors and terminals can jump to them.
///
///     content/cases/airline.md:7:12: error: link target 'recal.md' does not exist
///         See how we [recall](recal.md) the details.
///                    ^
///     note: did you mean 'articles/recall.md'?
public struct DiagnosticFormatter: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        if let location = diagnostic.location { out += paint("\(location): ", "1") }
        let label = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;35")
        out += "\(label) \(diagnostic.message)\n"
        if let line = diagnostic.sourceLine, !line.allSatisfy(\.isWhitespace), let column = diagnostic.location?.column {
            out += "    \(line)\n"
            out += "    \(Self.caretIndent(line, column: column))\(paint("^", "1;32"))\n"
        }
        for note in diagnostic.notes { out += "\(paint("note:", "1;36")) \(note)\n" }
        return out
    }

    public func summary(of diagnostics: [Diagnostic]) -> String? {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// Whitespace as wide on screen as the line's first `column - 1` characters: tabs stay tabs,
    /// East Asian wide characters take two cells.
    static func caretIndent(_ line: String, column: Int) -> String {
        var indent = ""
        for character in line.prefix(max(column - 1, 0)) {
            if character == "\t" {
                indent += "\t"
            } else if let scalar = character.unicodeScalars.first, Self.isWide(scalar) {
                indent += "  "
            } else {
                indent += " "
            }
        }
        return indent
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD: true
        default: false
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
