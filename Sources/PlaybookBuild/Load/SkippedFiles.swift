import PlaybookModel
import PlaybookSupport

/// The diagnostics for files a walk of `content/` or `templates/` skipped: a link out of the
/// playbook is an error (nothing it leads to is published), a broken link or a loop a warning.
enum SkippedFiles {
    static func diagnostics(_ skipped: [(path: String, problem: FileTree.Problem)], in folder: String) -> [Diagnostic] {
        skipped.map { path, problem in
            let location = SourceLocation(file: path.isEmpty ? folder : "\(folder)/\(path)", line: 1, column: 1)
            switch problem {
            case .brokenLink:
                return .warning("broken symbolic link, skipped", at: location)
            case .linkLoop:
                return .warning("symbolic link loop, skipped", at: location)
            case .outsideBoundary(let written, let target):
                let leadsTo = written == target ? "'\(target)'" : "'\(written)' ('\(target)')"
                return .error("symbolic link to \(leadsTo) leads outside the playbook; nothing is published from it", at: location,
                              notes: ["copy the file into the playbook, or link only to files inside it"])
            }
        }
    }
}
