import ArgumentParser
import Foundation
import PlaybookBuild
import PlaybookModel
import PlaybookSupport

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the playbook into site/.")

    @OptionGroup var location: RootOption

    @Option(name: .long, help: "The folder to write the site into (default: ROOT/site).")
    var output: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "The absolute URL the site is published at (overrides baseURL).")
    var baseURL: String?

    @Flag(name: .long, help: "Print how long each stage took, and the build cache's size.")
    var timings = false

    @Flag(name: .customLong("no-cache"), help: "Build without the build cache beside the output (.site.cache/ for site/): neither read nor write it.")
    var noCache = false

    func run() throws {
        let start = ContinuousClock.now
        let options = BuildOptions(root: location.rootURL, output: output.map { URL(fileURLWithPath: $0) },
                                   includeDrafts: drafts, baseURL: baseURL, usesCache: !noCache)
        let result = SiteBuilder(options: options).build()
        let reporter = DiagnosticReporter()
        for note in result.notes { reporter.standardError("note: \(note)\n") }
        reporter.report(result.diagnostics)
        if timings {
            let line = { (name: String, wall: Double, cpu: Double, peak: String) in
                reporter.standardError(name.padding(toLength: 8, withPad: " ", startingAt: 0)
                    + String(format: "%8.3f s wall %8.3f s CPU", wall, cpu) + peak + "\n")
            }
            for stage in result.timings.stages {
                line(stage.name, stage.seconds, stage.cpuSeconds, String(format: " %6d MiB peak", stage.peakMiB))
            }
            line("total", result.timings.total, result.timings.totalCPU, "")
            reporter.standardError("malloc  \(Allocator.name)\n")
            if result.didWrite {
                reporter.standardError("files   \(result.fileCount - result.unchangedFileCount) written, \(result.unchangedFileCount) unchanged\n")
            }
            if let bytes = result.cacheBytes {
                reporter.standardError(String(format: "cache   %.1f MiB in %@; pages: %d from the cache, %d converted; %d files kept\n",
                                              Double(bytes) / 1_048_576, options.cacheFolder.path, result.pagesFromCache, result.pagesConverted,
                                              result.filesKept))
            }
        }
        guard result.didWrite else { throw ExitCode(1) }
        let seconds = (ContinuousClock.now - start).seconds
        print(String(format: "Built %d page%@ in %d language%@ in %.2f s", result.pageCount, result.pageCount == 1 ? "" : "s",
                     result.languageCount, result.languageCount == 1 ? "" : "s", seconds)
              + (result.isUpToDate ? " (nothing changed since the last build)" : ""))
        // The process ends here, with `result` still holding what the build made: the system
        // takes the memory back at once (`BuildResult.retained`).
        Foundation.exit(0)
    }
}
