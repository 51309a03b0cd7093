import Foundation
import PlaybookSupport

/// Files staged before the rest of the site is planned: on a rebuild the handbooks, the
/// largest files by far, are compared and staged on a core the build leaves idle while it
/// works out the search index and the other files (`SiteBuilder`). Listing the previous output
/// and making the staging folder are done there too. `SiteWriter.stage(_:early:)` takes the
/// outcomes as its own; a build that goes no further removes the staging folder (`discard()`).
final class EarlyStaging: Sendable {
    /// What the staging came to.
    enum Staged: Sendable {
        /// The files staged in `staging` against `previous` (the output as it was: nothing else
        /// writes it during the build), each file's outcome by path: where it was staged, and
        /// whether the output already held it.
        case files(staging: String, previous: PreviousOutput, outcomes: [String: (staged: String, outcome: Result<Bool, Error>)])
        /// No previous output, or no staging folder: nothing was staged.
        case nothing
    }

    private let staging: Background<Staged>

    /// `begin` makes the staging folder; `stage` stages a file at a path against the previous
    /// output, `listed` when the build has listed it already, else listed here.
    init(output: String, listed: PreviousOutput?, files: [OutputFile], begin: @escaping @Sendable () throws -> String,
         stage: @escaping @Sendable (OutputFile, String, PreviousOutput) throws -> Bool) {
        staging = Background {
            guard let staging = try? begin() else { return .nothing }
            guard let previous = listed ?? PreviousOutput(folder: output) else {
                try? FileManager.default.removeItem(atPath: staging)
                return .nothing
            }
            let staged = files.indices.map { "\(staging)/early-\($0)" }
            let outcomes = Array(files.indices).concurrentMap { index in Result { try stage(files[index], staged[index], previous) } }
            var byPath: [String: (staged: String, outcome: Result<Bool, Error>)] = [:]
            for index in files.indices { byPath[files[index].path] = (staged[index], outcomes[index]) }
            return .files(staging: staging, previous: previous, outcomes: byPath)
        }
    }

    /// What the staging came to, once it is over.
    func staged() -> Staged {
        staging.value
    }

    /// For a build that writes nothing: waits for the staging to end and removes its folder.
    func discard() {
        if case .files(let staging, _, _) = staged() { try? FileManager.default.removeItem(atPath: staging) }
    }
}
