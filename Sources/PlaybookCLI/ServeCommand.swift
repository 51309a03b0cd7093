import ArgumentParser
import Foundation
import PlaybookBuild
import PlaybookModel
import PlaybookServer

/// `playbook serve`: build with drafts, serve on 127.0.0.1, rebuild on change, reload the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the playbook: build with drafts, serve it, and reload the browser on every change.",
        discussion: """
            Watches playbook.yml, content/ and templates/. The site is built into a temporary folder \
            that is removed on Ctrl-C. Build errors are printed here and shown over the open page.
            """)

    @OptionGroup var location: RootOption

    @Option(name: .long, help: "The address to listen on; 127.0.0.1 keeps the preview off the network.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on; if it is taken, the next free one is used.")
    var port = 8000

    @Flag(name: .customLong("no-open"), help: "Do not open the preview in a browser.")
    var noOpen = false

    @Flag(name: .long, help: "Print how long each stage of every rebuild took.")
    var timings = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    /// A line on stdout, flushed at once: serve's output is often piped into a log or a test.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Each stage's line, then the time from the change to the reload event.
    private func printTimings(_ stages: StageTimings, reload: Double? = nil) {
        for stage in stages.stages {
            say(stage.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: "%8.1f ms %8.1f ms CPU %6d MiB peak", stage.seconds * 1000, stage.cpuSeconds * 1000, stage.peakMiB))
        }
        if let reload { say(String(format: "reload    %8.1f ms", reload * 1000)) }
    }

    func run() async throws {
        let reporter = DiagnosticReporter()
        // Not a playbook at all: say so and stop, rather than serve an empty site. Any other
        // error is served, so it can be fixed while watching.
        let config = location.rootURL.appendingPathComponent(ConfigLoader.fileName)
        guard FileManager.default.fileExists(atPath: config.path) else {
            reporter.report(ConfigLoader.load(root: location.rootURL).1)
            throw ExitCode(1)
        }
        let open = !noOpen
        let server = PreviewServer(root: location.rootURL, host: host, port: port)
        do {
            try await server.run { report in
                switch report {
                case .portInUse(let requested, let using):
                    reporter.standardError("Port \(requested) is in use; using \(using).\n")
                case .serving(let url):
                    say("Serving \(location.rootURL.path) at \(url) (Ctrl-C to stop)")
                    if open { BrowserOpener.open(url) }
                case .built(let result, let seconds):
                    reporter.report(result.diagnostics)
                    if result.didWrite {
                        say(String(format: "Built %d page%@ in %.2f s", result.pageCount, result.pageCount == 1 ? "" : "s", seconds))
                        if timings { printTimings(result.timings, reload: seconds) }
                    } else {
                        reporter.standardError("Build failed; still serving the last good build.\n")
                    }
                case .edited(let edit, let seconds):
                    say(String(format: "Rebuilt %d edited page%@ in %.2f s", edit.pageCount, edit.pageCount == 1 ? "" : "s", seconds))
                    if timings { printTimings(edit.timings, reload: seconds) }
                case .finished(let stages, let seconds, let stopped):
                    if timings {
                        printTimings(stages)
                        say(String(format: "site-wide %8.1f ms%@", seconds * 1000, stopped ? " (stopped by a newer change)" : ""))
                    }
                }
            }
        } catch let error as PreviewServerError {
            reporter.report([.error(error.description)])
            throw ExitCode(1)
        }
        say("Stopped.")
    }
}
