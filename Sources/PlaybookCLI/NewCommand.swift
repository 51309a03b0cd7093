import ArgumentParser
import Foundation
import PlaybookBuild
import PlaybookModel
import PlaybookMarkdown

/// `playbook new KIND "Title" [--lang CODE] [--name NAME]`: a new page, never over an existing file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a page with front matter and the kind's skeleton.",
        discussion: """
            Writes content/<section>/<name>.md, the name being the title's slug unless --name is given.
            With --lang CODE it writes <name>.CODE.md beside the existing <name>.md: a copy of it \
            with the new title, ready to translate, recording which version of the original it \
            copies (translationOf:). It never overwrites a page: when the translation exists, it \
            only records that it now translates the original as it is (after you updated it).
            """)

    @OptionGroup var location: RootOption

    @Argument(help: "article, case, phrases, checklist or exercise.")
    var kind: PageSkeleton

    @Argument(help: "The page title.")
    var title: String

    @Option(name: .long, help: "Write the translation into this language of an existing page.")
    var lang: String?

    @Option(name: .long, help: "The file name without .md (default: the title's slug).")
    var name: String?

    func validate() throws {
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the title must not be empty") }
        if let name, name.isEmpty || name.contains("/") || name.hasPrefix(".") {
            throw ValidationError("--name must be a plain file name without '/' or a leading '.'")
        }
        if (name ?? HeadingSlugger.slug(title)).isEmpty {
            throw ValidationError("the title gives no file name; pass --name NAME")
        }
    }

    func run() throws {
        let reporter = DiagnosticReporter()
        let (loadedConfig, configDiagnostics) = ConfigLoader.load(root: location.rootURL)
        guard let config = loadedConfig else {
            reporter.report(configDiagnostics)
            throw ExitCode(1)
        }
        let slug = name ?? HeadingSlugger.slug(title)
        let folder = "content/\(kind.kind.folder)"
        let original = "\(folder)/\(slug).md"
        let path: String
        let text: String
        if let lang, lang != config.defaultLanguage {
            guard config.languages.contains(lang) else {
                throw ValidationError("'\(lang)' is not in the languages of playbook.yml: \(config.languages.joined(separator: ", "))")
            }
            guard let data = FileManager.default.contents(atPath: location.rootURL.appendingPathComponent(original).path),
                  let source = SourceFileText.decode(data) else {
                try fail(reporter, "\(original) does not exist: a translation goes beside its original page",
                            note: "create it first with `playbook new \(kind.rawValue) \"Title\"`, or pass --name NAME of the existing page")
            }
            path = "\(folder)/\(slug).\(lang).md"
            let version = SourceVersion.of((try? FrontMatterSplitter.split(source).get())?.body ?? source)
            let existing = location.rootURL.appendingPathComponent(path)
            if let data = FileManager.default.contents(atPath: existing.path), let translation = String(data: data, encoding: .utf8) {
                try Data(Self.setting("translationOf", to: version, in: translation).utf8).write(to: existing, options: .atomic)
                print("Marked \(path) as translating the current \(original) (translationOf: \(version))")
                return
            }
            // The original with its title replaced, the rest left to translate.
            let retitled = Self.setting("title", to: PageSkeleton.yamlString(title), in: source)
            text = Self.setting("translationOf", to: version, in: retitled)
        } else {
            path = original
            text = kind.page(title: title, date: PageSkeleton.today())
        }
        try create(path, text, reporter: reporter)
        print("Created \(path)")
    }

    private func create(_ path: String, _ text: String, reporter: DiagnosticReporter) throws {
        let url = location.rootURL.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) {
            try fail(reporter, "\(path) already exists; playbook new never overwrites a page", note: "pick another title, or pass --name NAME")
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Refuses, too, when the file appeared since the check above.
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
    }

    private func fail(_ reporter: DiagnosticReporter, _ message: String, note: String) throws -> Never {
        reporter.report([.error(message, notes: [note])])
        throw ExitCode(1)
    }

    /// `text` with the front matter line `key: value` in place of the one it had, or added as
    /// its front matter's last line (in a new front matter when it has none).
    static func setting(_ key: String, to value: String, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            return "---\n\(key): \(value)\n---\n\n" + text
        }
        for index in lines.indices.dropFirst() {
            if lines[index].trimmingCharacters(in: .whitespaces) == "---" {
                lines.insert("\(key): \(value)", at: index)
                break
            }
            if lines[index].hasPrefix("\(key):") {
                lines[index] = "\(key): \(value)"
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension PageSkeleton: ExpressibleByArgument {}
