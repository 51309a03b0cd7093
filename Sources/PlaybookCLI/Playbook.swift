import ArgumentParser

@main
struct Playbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Build an empathy leadership playbook into a website.",
        subcommands: [BuildCommand.self, PdfCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
