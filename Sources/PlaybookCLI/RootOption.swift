import ArgumentParser
import Foundation

/// `--root DIR`: the playbook repository to work on (default: the current folder).
struct RootOption: ParsableArguments {
    @Option(name: .long, help: "The playbook repository (default: the current folder).")
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }
}
