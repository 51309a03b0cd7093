import ArgumentParser
import Foundation
import PlaybookBuild
import PlaybookModel

/// `playbook check [--strict]`: load, parse and resolve, write nothing; what a playbook's CI runs.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every page, link and front matter without writing anything.",
        discussion: "Exits 1 when there are errors (with --strict, also when there are warnings).")

    @OptionGroup var location: RootOption

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Flag(name: .long, help: "Check pages marked draft: true as well.")
    var drafts = false

    func run() throws {
        let checked = SiteBuilder(options: BuildOptions(root: location.rootURL, includeDrafts: drafts)).check()
        let (site, diagnostics) = (checked.site, checked.diagnostics)
        DiagnosticReporter().report(diagnostics)
        let errors = diagnostics.contains { $0.severity == .error }
        if errors || (strict && !diagnostics.isEmpty) { throw ExitCode(1) }
        let pages = site?.languages.reduce(0) { $0 + $1.pages.count } ?? 0
        print("Checked \(pages) page\(pages == 1 ? "" : "s"): \(diagnostics.isEmpty ? "no problems" : "no errors")")
    }
}
