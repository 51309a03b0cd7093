import Foundation

/// Stage 5: writes the site whole or not at all.
///
/// Files go into a staging folder beside the output, which is then swapped in with renames.
/// If anything fails the staging folder is removed and the previous site is left untouched.
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    public func write(_ files: [OutputFile]) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).previous-\(pid)")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                switch file.contents {
                case .data(let data): try data.write(to: url)
                case .copy(let source): try manager.copyItem(at: source, to: url)
                }
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        try swap(staging, into: output, retiring: retired)
    }

    /// Two renames; between them the output briefly does not exist, never half-written.
    private func swap(_ staging: URL, into output: URL, retiring retired: URL) throws {
        let manager = FileManager.default
        let hadPrevious = manager.fileExists(atPath: output.path)
        if hadPrevious { try manager.moveItem(at: output, to: retired) }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadPrevious { try? manager.moveItem(at: retired, to: output) }
            try? manager.removeItem(at: staging)
            throw error
        }
        if hadPrevious { try? manager.removeItem(at: retired) }
    }
}
