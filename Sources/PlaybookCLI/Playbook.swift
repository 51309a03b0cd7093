import ArgumentParser

@main
struct Playbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Build an empathy leadership playbook into a website.",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self, PdfCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
