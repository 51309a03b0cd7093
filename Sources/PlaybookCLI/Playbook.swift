import ArgumentParser

@main
struct Playbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Build an empathy leadership playbook into a website.",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self, PdfCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// ArgumentParser's own `main`, with the allocator set up before anything else runs.
    static func main() async {
        Allocator.configure()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
