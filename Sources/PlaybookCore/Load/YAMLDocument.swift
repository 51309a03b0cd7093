import Yams

/// Parses YAML text with Yams, turning a syntax error into a diagnostic at its line and column.
enum YAMLDocument {
    static func compose(_ yaml: String, file: String, text: SourceText, lineOffset: Int) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, text: text, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic.error("invalid YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1, column: 1), in: text))
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
