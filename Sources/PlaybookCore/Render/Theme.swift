import Foundation
import Mustache
import PlaybookDefaultTheme
import Yams

/// The theme a build renders with: the built-in default theme, overlaid file by file by the
/// repository's own `templates/` folder.
public struct Theme: Sendable {
    /// Every theme file by its path under `templates/`.
    public let files: [String: Data]
    public let library: MustacheLibrary
    /// UI strings per language code; a missing key falls back to English.
    public let strings: [String: [String: String]]

    /// The theme of the playbook at `root`; with a cache, the last build's theme when no theme
    /// file changed (compiling the templates is most of the cost).
    public static func load(root: URL, cache: BuildCache? = nil) -> (Theme, [Diagnostic]) {
        var files = DefaultTheme.files
        var diagnostics: [Diagnostic] = []
        let folder = root.appendingPathComponent("templates")
        for path in FileTree.files(under: folder, reportedAs: "templates", diagnostics: &diagnostics) {
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
                    diagnostics.append(.error("the template is not UTF-8 text", at: location))
                    continue
                }
                do {
                    // On a line of its own, the pragma leaves no trace in the output; its line
                    // is taken off the positions of errors.
                    library.register(try MustacheTemplate(string: PlaybookHTMLContentType.pragma + "\n" + text), named: Self.templateName(path))
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

    /// The UI strings of `language`, with English under them for keys it lacks.
    public func strings(for language: String) -> [String: String] {
        let base = strings["en"] ?? [:]
        let primary = String(language.split(separator: "-").first ?? "")
        let own = strings[language] ?? strings[primary] ?? [:]
        return base.merging(own) { _, new in new }
    }

    /// `layouts/page.mustache` is the template `layouts.page`: swift-mustache does not allow `/`
    /// in the name that closes a parent (`{{/layouts.base}}`), so folders are joined with dots.
    static func templateName(_ path: String) -> String {
        path.dropLast(".mustache".count).replacingOccurrences(of: "/", with: ".")
    }

    public func hasTemplate(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// The files copied into `site/theme/`.
    public var assets: [(path: String, data: Data)] {
        files.filter { $0.key.hasPrefix("assets/") }.sorted { $0.key < $1.key }.map { (String($0.key.dropFirst("assets/".count)), $0.value) }
    }

    private static func stringTable(_ data: Data, file: String) -> ([String: String], [Diagnostic]) {
        guard let text = String(data: data, encoding: .utf8) else { return ([:], [.error("not UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1))]) }
        let source = SourceText(text)
        switch YAMLDocument.compose(text, file: file, text: source, lineOffset: 0) {
        case .failure(let diagnostic): return ([:], [diagnostic])
        case .success(nil): return ([:], [])
        case .success(let node?):
            var table: [String: String] = [:]
            var fields = YAMLMapping(node, file: file, text: source, lineOffset: 0)
            for entry in fields.entries {
                if let value = fields.string(entry.key) { table[entry.key] = value }
            }
            return (table, fields.diagnostics)
        }
    }
}
