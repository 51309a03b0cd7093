import Foundation
import Mustache

/// The theme a build renders with: the built-in default theme, overlaid file by file by the
/// repository's own `templates/` folder.
public struct Theme: Sendable {
    /// Every theme file by its path under `templates/`.
    public let files: [String: Data]
    public let library: MustacheLibrary
    /// UI strings per language code; a missing key falls back to English.
    public let strings: [String: [String: String]]

    public init(files: [String: Data], library: MustacheLibrary, strings: [String: [String: String]]) {
        self.files = files
        self.library = library
        self.strings = strings
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
    public static func templateName(_ path: String) -> String {
        path.dropLast(".mustache".count).replacingOccurrences(of: "/", with: ".")
    }

    public func hasTemplate(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// The files copied into `site/theme/`.
    public var assets: [(path: String, data: Data)] {
        files.filter { $0.key.hasPrefix("assets/") }.sorted { $0.key < $1.key }.map { (String($0.key.dropFirst("assets/".count)), $0.value) }
    }
}
