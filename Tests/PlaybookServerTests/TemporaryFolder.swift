import Foundation

/// A fresh folder under the system's temporary folder, with helpers to write files into it.
struct TemporaryFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Writes like an editor's atomic save: a temporary file beside the target, renamed over it.
    func atomicSave(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).tmp-save")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else { throw POSIXError(.EIO) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
