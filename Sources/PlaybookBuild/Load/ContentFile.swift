import PlaybookModel

/// Where a file under `content/` belongs in the content model, decided from its path alone.
enum ContentFile: Equatable {
    /// A page: `kind` nil for the home introduction `index.md`.
    case page(kind: PageKind?, key: String, language: String)
    /// A file under `content/assets/`, copied as it is.
    case asset
    /// Not part of the model; `reason` says what is wrong.
    case misplaced(reason: String)
    /// Silently skipped (hidden files, editors' backups).
    case ignored

    /// `relativePath` is relative to `content/`, e.g. `articles/listen.zh.md`.
    static func classify(_ relativePath: String, config: SiteConfig) -> ContentFile {
        let components = relativePath.split(separator: "/").map(String.init)
        guard let name = components.last else { return .ignored }
        if name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") { return .ignored }
        if components.first == "assets" { return .asset }
        guard name.hasSuffix(".md") else {
            return .misplaced(reason: "only Markdown pages go here; put other files in content/assets/")
        }
        var stem = String(name.dropLast(3))
        var language = config.defaultLanguage
        if let dot = stem.lastIndex(of: "."), LanguageCode.isValid(String(stem[stem.index(after: dot)...])) {
            let code = String(stem[stem.index(after: dot)...])
            guard config.languages.contains(code) else {
                return .misplaced(reason: "language '\(code)' is not listed in playbook.yml (languages: \(config.languages.joined(separator: ", ")))")
            }
            language = code
            stem = String(stem[..<dot])
        }
        if components.count == 1 {
            guard stem == "index" else {
                return .misplaced(reason: "a page must be in a section folder: \(Self.allowedFolders)")
            }
            return .page(kind: nil, key: "index", language: language)
        }
        guard let kind = PageKind(folder: components[0]) else {
            return .misplaced(reason: "unknown folder '\(components[0])'; pages go in \(Self.allowedFolders)")
        }
        if kind == .pillar, components.count != 2 || Pillar(rawValue: stem) == nil {
            return .misplaced(reason: "a pillar page is one of \(Pillar.allCases.map { "pillars/\($0.slug).md" }.joined(separator: ", "))")
        }
        // `x/index.md` is the page of folder `x`, published at `x/` as `x.md` would be.
        if stem == "index", kind != .pillar {
            guard components.count > 2 else {
                return .misplaced(reason: "'\(components[0])/\(name)' would take the URL of the section's own page, which the build makes; name the page after its subject")
            }
            return .page(kind: kind, key: components.dropLast().joined(separator: "/"), language: language)
        }
        let key = (components.dropLast() + [stem]).joined(separator: "/")
        return .page(kind: kind, key: key, language: language)
    }

    static var allowedFolders: String {
        PageKind.allCases.map { "\($0.folder)/" }.joined(separator: ", ")
    }
}
