import ArgumentParser
import Foundation
import PlaybookBuild
import PlaybookLint
import PlaybookModel

/// `playbook lint [FILE...]`: finds the phrases the playbook's own phrase libraries advise
/// against (and `lint: avoid:` in playbook.yml), in its pages or in a team's own texts.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find phrases the playbook advises against, in its pages or in your own replies.",
        discussion: """
            With no files, checks the playbook's own pages. Files are Markdown or plain text (UTF-8). \
            Code, struck-through text and a case story's scripted reply are not checked. \
            Exits 1 when a phrase was found (0 with --warn-only).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var location: RootOption

    @Argument(help: "Markdown or plain-text files to check (default: the playbook's pages).")
    var files: [String] = []

    @Option(name: .long, help: "The files' language (default: from the file name, else from the text).")
    var lang: String?

    @Flag(name: .customLong("warn-only"), help: "Exit 0 even when phrases were found.")
    var warnOnly = false

    @Option(name: .long, help: "text (like the diagnostics) or json (for tools).")
    var format: Format = .text

    func run() throws {
        let reporter = DiagnosticReporter()
        // With a cache, parsed pages keep their Markdown, which lint reads.
        let checked = SiteBuilder(options: BuildOptions(root: location.rootURL), cache: BuildCache()).check()
        guard let site = checked.site else {
            reporter.report(checked.diagnostics)
            throw ExitCode(1)
        }
        let phrasebook = Phrasebook(site: site)
        var linters: [String: Linter] = [:]
        func linter(_ language: String) -> Linter {
            if let known = linters[language] { return known }
            let made = Linter(phrases: phrasebook.phrases(for: language))
            linters[language] = made
            return made
        }
        var findings: [LintFinding] = []
        var problems: [Diagnostic] = []
        if files.isEmpty {
            for page in site.languages.flatMap(\.pages) {
                let text = Linter.Text(file: page.source.sourcePath, text: page.source.body, firstLine: page.source.bodyStartLine,
                                       isMarkdown: true, isCaseStory: page.source.kind == .caseStory)
                findings += linter(page.source.language).findings(in: text)
            }
        } else {
            for path in files {
                guard let data = FileManager.default.contents(atPath: path), let text = SourceFileText.decode(data) else {
                    problems.append(.error("cannot read the file as UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1)))
                    continue
                }
                let isMarkdown = [".md", ".markdown"].contains { path.lowercased().hasSuffix($0) }
                let body = isMarkdown ? (try? FrontMatterSplitter.split(text).get()) : nil
                let language = lang ?? LanguageGuess.language(ofFile: path, text: text, languages: site.config.languages)
                findings += linter(language).findings(in: Linter.Text(file: path, text: body?.body ?? text, firstLine: body?.bodyStartLine ?? 1,
                                                                       isMarkdown: isMarkdown))
            }
        }
        switch format {
        case .text:
            reporter.report(problems + findings.map(\.diagnostic))
        case .json:
            reporter.report(problems)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(findings), as: UTF8.self))
        }
        if !problems.isEmpty || (!findings.isEmpty && !warnOnly) { throw ExitCode(1) }
    }
}
