import Foundation
import PlaybookBuild
import PlaybookModel

/// Prints diagnostics on stderr, coloured only on a terminal and never with NO_COLOR.
struct DiagnosticReporter {
    let formatter = DiagnosticFormatter(
        useColor: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { standardError(formatter.format(diagnostic)) }
        if let summary = formatter.summary(of: diagnostics) { standardError(summary + "\n") }
    }

    func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
