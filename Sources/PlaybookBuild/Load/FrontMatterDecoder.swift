import Foundation
import PlaybookModel
import Yams

/// Decodes front matter YAML into a typed `FrontMatter`, with every problem as a diagnostic.
enum FrontMatterDecoder {
    static func decode(_ split: FrontMatterSplitter.Split, file: String, text: SourceText,
                       kind: PageKind?) -> (FrontMatter, [Diagnostic]) {
        var frontMatter = FrontMatter()
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let yaml = split.yaml else {
            return (frontMatter, [.error("missing front matter: a page starts with '---', a 'title:' line and '---'", at: start, in: text)])
        }
        let node: Node?
        switch YAMLDocument.compose(yaml, file: file, text: text, lineOffset: split.yamlStartLine - 1) {
        case .failure(let diagnostic): return (frontMatter, [diagnostic])
        case .success(let composed): node = composed
        }
        guard let node else {
            return (frontMatter, [.error("missing required key 'title' in front matter", at: start, in: text)])
        }
        var fields = YAMLMapping(node, file: file, text: text, lineOffset: split.yamlStartLine - 1)
        guard fields.diagnostics.isEmpty else { return (frontMatter, fields.diagnostics) }
        fields.warnUnknownKeys(FrontMatter.knownKeys)

        if let titleNode = fields.value("title") {
            if let title = fields.string("title") {
                if title.allSatisfy(\.isWhitespace) { fields.fail("'title' must not be empty", titleNode) }
                frontMatter.title = title
            }
        } else {
            fields.diagnostics.append(.error("missing required key 'title' in front matter", at: start, in: text))
        }
        frontMatter.summary = fields.string("summary")
        frontMatter.pillars = fields.enumList("pillars", Pillar.self) ?? []
        frontMatter.tags = fields.stringList("tags")?.map(\.0) ?? []
        frontMatter.audience = fields.enumValue("audience", Audience.self)
        frontMatter.order = fields.int("order")
        frontMatter.date = date("date", &fields)
        frontMatter.updated = date("updated", &fields)
        frontMatter.draft = fields.bool("draft") ?? false
        if kind != .exercise {
            for key in ["duration", "participants", "materials"] {
                if let node = fields.value(key) {
                    fields.diagnostics.append(.warning("'\(key)' only applies to exercises", at: fields.location(of: node), in: text))
                }
            }
        }
        frontMatter.duration = fields.int("duration")
        frontMatter.participants = fields.string("participants")
        frontMatter.materials = fields.stringList("materials")?.map(\.0) ?? []
        frontMatter.translationOf = fields.string("translationOf")
        return (frontMatter, fields.diagnostics)
    }

    private static func date(_ key: String, _ fields: inout YAMLMapping) -> PageDate? {
        guard let node = fields.value(key), let text = node.string else { return nil }
        guard let date = PageDate(text) else {
            fields.fail("'\(key)' must be a date written YYYY-MM-DD, not '\(text)'", node)
            return nil
        }
        return date
    }
}
