import Foundation
import PlaybookModel
import Yams

/// Reads `playbook.yml` into a `SiteConfig`.
public enum ConfigLoader {
    public static let fileName = "playbook.yml"

    public static func load(root: URL) -> (SiteConfig?, [Diagnostic]) {
        let url = root.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (nil, [.error("no \(fileName) in \(root.path)", notes: ["create a new playbook with `playbook init`, or pass --root DIR"])])
        }
        guard let text = SourceFileText.decode(data) else { return (nil, [SourceFileText.notUTF8(data, file: fileName)]) }
        let source = SourceText(text)
        let start = SourceLocation(file: fileName, line: 1, column: 1)
        let node: Node?
        switch YAMLDocument.compose(text, file: fileName, text: source, lineOffset: 0) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let composed): node = composed
        }
        guard let node else {
            return (nil, [.error("\(fileName) is empty: it needs at least 'title:'", at: start)])
        }
        var fields = YAMLMapping(node, file: fileName, text: source, lineOffset: 0)
        guard fields.diagnostics.isEmpty else { return (nil, fields.diagnostics) }
        fields.warnUnknownKeys(SiteConfig.knownKeys)
        guard let title = fields.string("title") else {
            if fields.value("title") == nil { fields.diagnostics.append(.error("missing required key 'title'", at: start, in: source)) }
            return (nil, fields.diagnostics)
        }
        var config = SiteConfig(title: title)
        config.description = fields.string("description") ?? ""
        if let base = fields.string("baseURL") {
            config.baseURL = base.hasSuffix("/") ? base : base + "/"
        }
        // Every page's language is checked against this list: with a mistake in it, the build
        // stops at playbook.yml rather than report each page of the language meant.
        let problemsBeforeLanguages = fields.diagnostics.count
        if let languages = fields.stringList("languages") {
            for (code, node) in languages {
                if !LanguageCode.isValid(code) {
                    fields.fail("'\(code)' is not a language code like 'en' or 'zh'", node)
                } else if !LanguageCode.isKnown(code) {
                    fields.fail("unknown language code '\(code)'", node, notes: LanguageCode.suggestion(for: code).map { ["did you mean '\($0)'?"] } ?? [])
                }
            }
            if languages.isEmpty, let node = fields.value("languages") { fields.fail("'languages' must list at least one language", node) }
            if !languages.isEmpty { config.languages = languages.map(\.0) }
        }
        let languagesAreWrong = fields.diagnostics.count > problemsBeforeLanguages
        if let edit = fields.string("editURL") {
            if edit.lowercased().hasPrefix("https://") || edit.lowercased().hasPrefix("http://") {
                config.editURL = edit.hasSuffix("/") ? edit : edit + "/"
            } else if let node = fields.value("editURL") {
                fields.fail("'editURL' must be an http:// or https:// address", node,
                            notes: ["for example https://git.example.com/team/playbook/-/edit/main/"])
            }
        }
        config.allowRawHTML = fields.bool("allowRawHTML") ?? false
        config.noindex = fields.bool("noindex") ?? false
        if let folders = fields.stringList("handbook") {
            config.handbook = folders.compactMap { folder, node in
                if let kind = PageKind(folder: folder) { return kind }
                fields.fail("unknown section '\(folder)' in handbook", node,
                            notes: ["allowed: \(PageKind.allCases.map(\.folder).joined(separator: ", "))"])
                return nil
            }
        }
        if let lint = fields.value("lint") {
            var section = YAMLMapping(lint, file: fileName, text: source, lineOffset: 0)
            section.warnUnknownKeys(["avoid"])
            config.lintAvoid = section.stringList("avoid")?.map(\.0) ?? []
            fields.diagnostics += section.diagnostics
        }
        return (languagesAreWrong ? nil : config, fields.diagnostics)
    }
}
