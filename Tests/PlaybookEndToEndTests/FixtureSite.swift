import Foundation
import PlaybookBuild
import PlaybookModel

/// A playbook repository made from inline files in a fresh temporary folder, built for real.
///
///     let site = try FixtureSite(["playbook.yml": "title: T", "content/articles/a.md": "…"])
///     let result = site.build()
///     let html = try site.html(at: "articles/a/index.html")
struct FixtureSite {
    let root: URL

    static let minimalConfig = "title: Test Playbook\ndescription: A playbook for tests.\n"

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    var output: URL { root.appendingPathComponent("site") }

    func write(_ path: String, _ text: String) throws {
        try write(path, data: Data(text.utf8))
    }

    func write(_ path: String, data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func build(drafts: Bool = false) -> BuildResult {
        SiteBuilder(options: BuildOptions(root: root, includeDrafts: drafts)).build()
    }

    func html(at path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file of the built site with its bytes, for byte-for-byte comparisons.
    func snapshot() throws -> [String: Data] {
        try Self.files(under: output)
    }

    /// Every file under `folder` with its bytes, keyed by relative path.
    static func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.path + "/"
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: base + path)
            }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension BuildResult {
    /// The diagnostics as the CLI prints them, one string per line, without colour.
    var diagnosticLines: [String] {
        let formatter = DiagnosticFormatter()
        return diagnostics.flatMap { formatter.format($0).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }
}

/// A page with front matter, for fixtures.
func page(_ title: String, _ extra: String = "", body: String = "Text.") -> String {
    "---\ntitle: \(title)\n\(extra.isEmpty ? "" : extra + "\n")---\n\n\(body)\n"
}
