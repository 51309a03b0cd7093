import PlaybookModel
import Yams

/// Parses YAML text with Yams, turning a syntax error into a diagnostic at its line and column.
enum YAMLDocument {
    static func compose(_ yaml: String, file: String, text: SourceText, lineOffset: Int) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: yaml, resolver, constructor, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, text: text, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic.error("invalid YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1, column: 1), in: text))
        }
    }

    /// No pattern at all: Yams' resolvers match each rule's regular expression on every scalar
    /// whose tag is asked for, and it asks for every key's (to find duplicate keys). Only `null`
    /// is told apart (`isNull`; numbers and flags are read from the text), and its default
    /// encoding reads the whole process environment on every call.
    private static let resolver = Resolver.basic

    /// `Constructor.default` builds a new constructor and its tables on every call. This code
    /// asks it for nothing (values are read from the text) and it is never changed, so one is
    /// shared by every thread.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Whether Yams' `null` rule would tag `scalar` null: tagged `!!null`, or untagged and plain
    /// with the text of a null. `Resolver.basic` resolves an untagged scalar to a string in
    /// place, so this reads the tag as the parser left it: nothing asks a value's tag before.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        switch scalar.tag.description {
        case Tag.Name.null.rawValue: true
        case Tag.Name.implicit.rawValue: ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        default: false
        }
    }

    private static func diagnostic(for error: YamlError, file: String, text: SourceText, lineOffset: Int) -> Diagnostic {
        let problem: String, mark: Mark?
        switch error {
        case .scanner(_, let p, let m, _), .parser(_, let p, let m, _), .composer(_, let p, let m, _):
            problem = p
            mark = m
        default:
            problem = "\(error)"
            mark = nil
        }
        let location = SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        return .error("invalid YAML: \(problem)", at: location, in: text)
    }
}
