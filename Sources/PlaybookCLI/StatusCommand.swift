import ArgumentParser
import Foundation
import PlaybookBuild
import PlaybookModel

/// `playbook status`: every page of the default language in each other language: translated,
/// outdated (its source changed since), not tracked (no `translationOf:`), or missing.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show which pages each language has translated, which are out of date and which are missing.")

    @OptionGroup var location: RootOption

    func run() throws {
        let reporter = DiagnosticReporter()
        let checked = SiteBuilder(options: BuildOptions(root: location.rootURL, includeDrafts: true)).check()
        guard let status = checked.translations else {
            reporter.report(checked.diagnostics)
            throw ExitCode(1)
        }
        print(Self.table(status), terminator: "")
    }

    static let labels: [TranslationStatus.State: String] = [
        .current: "translated", .outdated: "outdated", .untracked: "not tracked", .missing: "missing",
    ]

    /// Per language a count of each state, then a line a page (missing and outdated first).
    static func table(_ status: TranslationStatus) -> String {
        var out = ""
        let languages = status.entries.reduce(into: [String]()) { if !$0.contains($1.language) { $0.append($1.language) } }
        if languages.isEmpty { return "One language: nothing to translate.\n" }
        for language in languages {
            let entries = status.entries.filter { $0.language == language }.sorted { ($0.state, $0.key) < ($1.state, $1.key) }
            let counts = TranslationStatus.State.allCases.reversed().map { state in "\(entries.count { $0.state == state }) \(labels[state]!)" }
            out += "\(language): \(counts.joined(separator: ", "))\n"
            let width = labels.values.map(\.count).max()!
            for entry in entries {
                let label = labels[entry.state]!
                out += "  " + label + String(repeating: " ", count: width - label.count) + "  " + (entry.translation ?? entry.source) + "\n"
            }
        }
        return out
    }
}
