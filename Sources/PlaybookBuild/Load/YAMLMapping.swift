import PlaybookModel
import Yams

/// Reads typed values out of a YAML mapping, turning every wrong type or value into a
/// diagnostic at that value's line and column.
struct YAMLMapping {
    let file: String
    let text: SourceText
    /// Added to Yams' line numbers: the file line on which the YAML starts, minus one.
    let lineOffset: Int
    /// The keys in their order, apart from their nodes: `value(_:)` is asked for every known
    /// key of every page, and comparing strings costs less than copying `Node`s.
    private(set) var keys: [String] = []
    private var nodes: [(key: Node, value: Node)] = []
    var diagnostics: [Diagnostic] = []

    init(_ node: Node, file: String, text: SourceText, lineOffset: Int) {
        self.file = file
        self.text = text
        self.lineOffset = lineOffset
        guard let mapping = node.mapping else {
            diagnostics.append(.error("expected a mapping of keys to values", at: location(of: node), in: text))
            return
        }
        for (key, value) in mapping {
            keys.append(key.string ?? "")
            nodes.append((key, value))
        }
    }

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    func value(_ key: String) -> Node? {
        keys.firstIndex(of: key).map { nodes[$0].value }
    }

    /// Warnings for keys that are not in `known`, with the closest known key as a suggestion.
    mutating func warnUnknownKeys(_ known: [String]) {
        for (key, nodes) in zip(keys, nodes) where !known.contains(key) {
            let notes = Suggestion.closest(to: key, in: known).map { ["did you mean '\($0)'?"] } ?? []
            diagnostics.append(.warning("unknown key '\(key)'", at: location(of: nodes.key), in: text, notes: notes))
        }
    }

    mutating func fail(_ message: String, _ node: Node, notes: [String] = []) {
        diagnostics.append(.error(message, at: location(of: node), in: text, notes: notes))
    }

    mutating func string(_ key: String) -> String? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, !YAMLDocument.isNull(scalar) else {
            fail("'\(key)' must be a string", node)
            return nil
        }
        return scalar.string
    }

    mutating func int(_ key: String) -> Int? {
        guard let node = value(key) else { return nil }
        guard let number = Self.decimal(node) ?? node.int else {
            fail("'\(key)' must be a whole number, not '\(node.string ?? "…")'", node)
            return nil
        }
        return number
    }

    /// An unquoted run of digits not starting with 0 (`order: 3`), which Yams reads as this
    /// decimal number too, read without its general integer reading (signs, `0x`, octal `010`,
    /// `1_000`, `1:30`), which is as costly as parsing the front matter's YAML. Nil for the rest.
    private static func decimal(_ node: Node) -> Int? {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
        let digits = scalar.string.utf8
        guard (1...18).contains(digits.count), digits.first != UInt8(ascii: "0"),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int(scalar.string)
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let flag = node.bool else {
            fail("'\(key)' must be true or false, not '\(node.string ?? "…")'", node)
            return nil
        }
        return flag
    }

    mutating func stringList(_ key: String) -> [(String, Node)]? {
        guard let node = value(key) else { return nil }
        if let scalar = node.scalar, !YAMLDocument.isNull(scalar) {
            return [(scalar.string, node)]   // `tags: listening` means a list of one
        }
        guard let sequence = node.sequence else {
            fail("'\(key)' must be a list", node)
            return nil
        }
        var items: [(String, Node)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                fail("each item of '\(key)' must be a string", item)
                continue
            }
            items.append((scalar.string, item))
        }
        return items
    }

    /// A closed set of values: an unknown one lists the allowed ones.
    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard let node = value(key), let raw = string(key) else { return nil }
        return decodeEnum(raw, node: node, key: key)
    }

    mutating func enumList<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> [E]? where E.RawValue == String {
        stringList(key)?.compactMap { decodeEnum($0.0, node: $0.1, key: key) }
    }

    private mutating func decodeEnum<E: RawRepresentable & CaseIterable>(_ raw: String, node: Node, key: String) -> E? where E.RawValue == String {
        if let value = E(rawValue: raw) { return value }
        let allowed = E.allCases.map(\.rawValue)
        var notes = ["allowed: \(allowed.joined(separator: ", "))"]
        if let near = Suggestion.closest(to: raw, in: allowed) { notes.insert("did you mean '\(near)'?", at: 0) }
        fail("unknown \(key == "pillars" ? "pillar" : key) '\(raw)'", node, notes: notes)
        return nil
    }
}
