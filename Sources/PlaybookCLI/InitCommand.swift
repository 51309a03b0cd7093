import ArgumentParser
import Foundation
import PlaybookBuild
import PlaybookModel
import PlaybookMarkdown

/// `playbook init [DIR]`: a new playbook repository that builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new playbook: playbook.yml, the four pillars and one page of each kind.")

    @Argument(help: "The folder to create the playbook in (default: the current folder).")
    var directory: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let files = Self.files(date: PageSkeleton.today())
        let manager = FileManager.default
        let existing = files.map(\.path).filter { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
        guard existing.isEmpty else {
            DiagnosticReporter().report(existing.map { .error("\($0) already exists in \(root.path); playbook init never overwrites a file") })
            throw ExitCode(1)
        }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        }
        print("Created a playbook in \(root.path). Next: cd into it and run `playbook serve`, or `playbook build`.")
    }

    static func files(date: String) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [
            ("playbook.yml", """
                title: Our Empathy Playbook
                description: How we listen, recall and express.
                languages: [en]
                allowRawHTML: false
                noindex: true
                handbook: [pillars, articles, cases, phrases, checklists, exercises]

                """),
            (".gitignore", "site/\n.site.build-stamp\n.site.cache/\n"),
            ("content/index.md", """
                ---
                title: Our Empathy Playbook
                ---

                Start with the four pillars, then read the [first article](articles/listening-first.md).

                """),
        ]
        let pillars = [
            ("humanized", "Humanized", "Treat every person as a person, not a ticket."),
            ("aligned", "Aligned", "Teams share one picture of the customer."),
            ("nimble", "Nimble", "Fix the problem in front of you, then the cause."),
            ("data-backed", "Data-backed", "Listen at scale, and check your guesses."),
        ]
        for (name, title, summary) in pillars {
            files.append(("content/pillars/\(name).md", "---\ntitle: \(title)\nsummary: \(summary)\n---\n\n\(summary)\n"))
        }
        let titles: [PageSkeleton: String] = [
            .article: "Listening first", .case: "The missed callback", .phrases: "Acknowledging feelings",
            .checklist: "Before a difficult call", .exercise: "Role reversal",
        ]
        for skeleton in PageSkeleton.allCases {
            let title = titles[skeleton]!
            let path = "content/\(skeleton.kind.folder)/\(HeadingSlugger.slug(title)).md"
            files.append((path, skeleton.page(title: title, date: date)))
        }
        return files
    }
}
