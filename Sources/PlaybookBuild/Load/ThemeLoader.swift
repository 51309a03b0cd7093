import Foundation
import Mustache
import PlaybookDefaultTheme
import PlaybookModel
import PlaybookSupport
import PlaybookTheme
import Yams

/// Loads the theme a build renders with: the built-in default theme, overlaid file by file by
/// the repository's own `templates/` folder, its templates compiled and its UI strings read.
enum ThemeLoader {
    /// The theme of the playbook at `root`; with a cache, the last build's theme when no theme
    /// file changed (compiling the templates is most of the cost).
    static func load(root: URL, cache: BuildCache? = nil) -> (Theme, [Diagnostic]) {
        var files = DefaultTheme.files
        let folder = root.appendingPathComponent("templates")
        let (paths, skipped) = FolderBoundary(root).map { FileTree.files(under: folder, inside: $0) } ?? ([], [])
        let diagnostics = SkippedFiles.diagnostics(skipped, in: "templates")
        for path in paths {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { files[path] = data }
        }
        cache?.theme.begin(context: 0)
        let (theme, problems) = cache?.theme.value(for: files) { compile(files) } ?? compile(files)
        return (theme, diagnostics + problems)
    }

    private static func compile(_ files: [String: Data]) -> (Theme, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var strings: [String: [String: String]] = [:]
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let location = SourceLocation(file: "templates/\(path)", line: 1, column: 1)
            if path.hasSuffix(".mustache") {
                guard let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(SourceFileText.notUTF8(data, file: location.file))
                    continue
                }
                do {
                    // On a line of its own, the pragma leaves no trace in the output; its line
                    // is taken off the positions of errors.
                    library.register(try MustacheTemplate(string: PlaybookHTMLContentType.pragma + "\n" + text), named: Theme.templateName(path))
                } catch let error as MustacheTemplate.ParserError {
                    let at = SourceLocation(file: location.file, line: max(error.context.lineNumber - 1, 1), column: error.context.columnNumber)
                    diagnostics.append(Diagnostic(.error, "template error: \(error.error)", at: at, sourceLine: error.context.line))
                } catch {
                    diagnostics.append(.error("template error: \(error)", at: location))
                }
            } else if path.hasPrefix("i18n/"), path.hasSuffix(".yml") {
                let language = String(path.dropFirst("i18n/".count).dropLast(".yml".count))
                let (table, problems) = Self.stringTable(data, file: location.file)
                strings[language] = table
                diagnostics += problems
            }
        }
        return (Theme(files: files, library: library, strings: strings), diagnostics)
    }

    private static func stringTable(_ data: Data, file: String) -> ([String: String], [Diagnostic]) {
        guard let text = String(data: data, encoding: .utf8) else { return ([:], [SourceFileText.notUTF8(data, file: file)]) }
        let source = SourceText(text)
        switch YAMLDocument.compose(text, file: file, text: source, lineOffset: 0) {
        case .failure(let diagnostic): return ([:], [diagnostic])
        case .success(nil): return ([:], [])
        case .success(let node?):
            var table: [String: String] = [:]
            var fields = YAMLMapping(node, file: file, text: source, lineOffset: 0)
            for key in fields.keys {
                if let value = fields.string(key) { table[key] = value }
            }
            return (table, fields.diagnostics)
        }
    }
}
