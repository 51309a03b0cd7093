import ArgumentParser
import Foundation
import PlaybookBuild
import PlaybookModel
import PlaybookSupport

/// `playbook pdf`: builds the site, then renders each language's handbook
/// (`site/handbook/index.html`) to PDF with WeasyPrint, run as an external program.
struct PdfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf", abstract: "Build, then render the print handbook to PDF with WeasyPrint.")

    static let installHint = "apt-get install weasyprint fonts-noto-cjk"

    @OptionGroup var location: RootOption

    @Option(name: .long, help: "Only this language (default: every language of playbook.yml).")
    var lang: String?

    @Option(name: .long, help: "The PDF to write (default: site/handbook.pdf, site/<lang>/handbook.pdf). Needs --lang when the playbook has several languages.")
    var output: String?

    func run() throws {
        let reporter = DiagnosticReporter()
        guard let weasyprint = Self.findExecutable("weasyprint") else {
            reporter.standardError("error: WeasyPrint is not installed; `playbook pdf` runs it to make the PDF.\nInstall it with: \(Self.installHint)\n")
            throw ExitCode(1)
        }
        let languages = try ConfigLoader.load(root: location.rootURL).0.map(selectedLanguages) ?? []
        let site = location.rootURL.appendingPathComponent("site")
        let result = SiteBuilder(options: BuildOptions(root: location.rootURL, output: site)).build()
        reporter.report(result.diagnostics)
        guard result.didWrite, let config = ConfigLoader.load(root: location.rootURL).0 else { throw ExitCode(1) }

        for language in languages {
            let folder = SitePath.languageRoot(language, defaultLanguage: config.defaultLanguage)
            let input = site.appendingPathComponent(folder + "handbook/index.html")
            let pdf = output.map { URL(fileURLWithPath: $0) } ?? site.appendingPathComponent(folder + "handbook.pdf")
            if let warning = Self.missingFontWarning(for: language) { reporter.standardError(warning) }
            reporter.standardError("Rendering the \(language) handbook to \(pdf.path) with WeasyPrint (this takes a while)…\n")
            let start = ContinuousClock.now
            try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
            let status = try Self.run(weasyprint, [input.path, pdf.path])
            guard status == 0 else {
                reporter.standardError("error: weasyprint exited with status \(status) for \(input.path)\n")
                throw ExitCode(1)
            }
            // Unbuffered, so it stays in order with the progress lines on stderr when piped.
            FileHandle.standardOutput.write(Data(String(format: "Wrote %@ in %.1f s\n", pdf.path, Self.seconds(since: start)).utf8))
        }
    }

    private func selectedLanguages(_ config: SiteConfig) throws -> [String] {
        if let lang {
            guard config.languages.contains(lang) else {
                throw ValidationError("'\(lang)' is not a language of this playbook (languages: \(config.languages.joined(separator: ", ")))")
            }
            return [lang]
        }
        if output != nil, config.languages.count > 1 {
            throw ValidationError("--output names one file; choose its language with --lang (\(config.languages.joined(separator: ", ")))")
        }
        return config.languages
    }

    /// Chinese, Japanese or Korean without a font for it comes out as empty boxes; fontconfig
    /// (which WeasyPrint uses) says whether one is installed.
    static func missingFontWarning(for language: String) -> String? {
        let primary = String(language.lowercased().split(separator: "-").first ?? "")
        guard ["zh", "ja", "ko"].contains(primary), let fcList = findExecutable("fc-list"),
              let families = try? output(of: fcList, [":lang=\(primary)", "family"]),
              families.allSatisfy(\.isWhitespace) else { return nil }
        return "warning: no font for '\(language)' is installed, so its text would print as boxes; install one with: apt-get install fonts-noto-cjk\n"
    }

    static func output(of program: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = program
        process.arguments = arguments
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The first executable called `name` on PATH.
    static func findExecutable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a program with our stdout and stderr, so its warnings reach the user; returns its status.
    static func run(_ program: URL, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        (ContinuousClock.now - start).seconds
    }
}
