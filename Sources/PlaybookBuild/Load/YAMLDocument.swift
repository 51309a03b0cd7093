import PlaybookModel
import Yams

/// Parses YAML text with Yams, turning a syntax error into a diagnostic at its line and column.
enum YAMLDocument {
    static func compose(_ yaml: String, file: String, text: SourceText, lineOffset: Int) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: yaml, resolver, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, text: text, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic.error("invalid YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1, column: 1), in: text))
        }
    }

    /// Only `null` is told apart (`YAMLMapping` asks nothing else of a tag; numbers and flags
    /// are read from the text): Yams' default resolver tries a series of patterns on every scalar,
    /// and its default encoding reads the whole process environment on every call.
    private static let resolver = Resolver.basic.appending(.null)

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
