import ArgumentParser
import Dispatch

@main
struct Playbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Build an empathy leadership playbook into a website.",
        version: playbookVersion,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, LintCommand.self, StatusCommand.self, NewCommand.self,
                      InitCommand.self, PdfCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// ArgumentParser's own `main`, with the allocator set up for the command before it runs.
    ///
    /// Synchronous, so that `build`, `check` and `pdf` run their build on the main thread, off
    /// Swift's cooperative pool (where the build's parallel map would use one core); `serve`,
    /// the one asynchronous command, runs in a task while the main thread serves the main queue.
    static func main() {
        do {
            var command = try parseAsRoot()
            Allocator.configure(longRunning: command is AsyncParsableCommand)
            guard command is AsyncParsableCommand else {
                try command.run()
                return
            }
            // Parsed again inside the task, which a command value cannot be sent into.
            Task {
                do {
                    if var asyncCommand = try parseAsRoot() as? AsyncParsableCommand { try await asyncCommand.run() }
                    exit()
                } catch {
                    exit(withError: error)
                }
            }
            dispatchMain()
        } catch {
            exit(withError: error)
        }
    }
}
