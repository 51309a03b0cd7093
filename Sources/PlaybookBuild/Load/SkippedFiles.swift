import PlaybookModel
import PlaybookSupport

/// The warnings for files a walk of `content/` or `templates/` skipped.
enum SkippedFiles {
    static func warnings(_ skipped: [(path: String, problem: FileTree.Problem)], in folder: String) -> [Diagnostic] {
        skipped.map { path, problem in
            let message = switch problem {
            case .brokenLink: "broken symbolic link, skipped"
            case .linkLoop: "symbolic link loop, skipped"
            }
            return .warning(message, at: SourceLocation(file: "\(folder)/\(path)", line: 1, column: 1))
        }
    }
}
