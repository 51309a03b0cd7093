import Foundation

/// Lists the regular files under a folder, sorted, following symbolic links safely.
enum FileTree {
    /// Paths relative to `folder`; diagnostics name files as `<prefix>/<path>`. A symbolic link to a folder already being walked (a loop)
    /// is reported once and skipped; a dangling link is reported and skipped.
    static func files(under folder: URL, reportedAs prefix: String, diagnostics: inout [Diagnostic]) -> [String] {
        var result: [String] = []
        var visiting: Set<String> = [folder.resolvingSymlinksInPath().path]
        walk(folder, prefix: "", reportedAs: prefix, visiting: &visiting, into: &result, diagnostics: &diagnostics)
        return result.sorted()
    }

    private static func walk(_ folder: URL, prefix: String, reportedAs display: String, visiting: inout Set<String>,
                             into result: inout [String], diagnostics: inout [Diagnostic]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() {
            let url = folder.appendingPathComponent(name)
            let relative = prefix + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                diagnostics.append(.warning("broken symbolic link, skipped", at: SourceLocation(file: "\(display)/\(relative)", line: 1, column: 1)))
                continue
            }
            if isDirectory.boolValue {
                if name.hasPrefix(".") { continue }
                let real = url.resolvingSymlinksInPath().path
                guard !visiting.contains(real) else {
                    diagnostics.append(.warning("symbolic link loop, skipped", at: SourceLocation(file: "\(display)/\(relative)", line: 1, column: 1)))
                    continue
                }
                visiting.insert(real)
                walk(url, prefix: relative + "/", reportedAs: display, visiting: &visiting, into: &result, diagnostics: &diagnostics)
                visiting.remove(real)
            } else {
                result.append(relative)
            }
        }
    }
}
