import Foundation
import Hummingbird
import Logging
import PlaybookBuild
import PlaybookSupport
import ServiceLifecycle

/// `playbook serve`: builds with drafts into a temporary folder, serves it on 127.0.0.1,
/// rebuilds on every change and tells the open pages to reload.
public struct PreviewServer: Sendable {
    public var root: URL
    public var host: String
    public var port: Int
    public var watcher: SiteWatcher
    /// Whether SIGINT and SIGTERM stop the server cleanly; tests stop it by cancelling its task instead.
    public var stopsOnSignals: Bool

    public init(root: URL, host: String = "127.0.0.1", port: Int = 8000, stopsOnSignals: Bool = true) {
        self.root = root
        self.host = host
        self.port = port
        self.watcher = SiteWatcher(root: root)
        self.stopsOnSignals = stopsOnSignals
    }

    /// Serves until a shutdown signal or cancellation; the temporary site folder is removed on the way out.
    public func run(report: @escaping @Sendable (PreviewReport) -> Void) async throws {
        // Port 0 is left to the system at bind time: a port probed now could be taken by
        // another program during the first build, before the server binds it.
        guard let chosenPort = port == 0 ? 0 : PortFinder.firstFree(host: host, from: port) else {
            throw PreviewServerError.noFreePort(host: host, from: port)
        }
        if port != 0, chosenPort != port { report(.portInUse(requested: port, using: chosenPort)) }
        let scratch = try Self.makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("site")

        let serverID = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let hub = EventHub(version: "\(serverID)-0")
        // The preview is served at the root of its own origin: base URL `/`, so the 404 page's
        // <base> and the feed point at the preview, not at the published site.
        let coordinator = RebuildCoordinator(options: BuildOptions(root: root, output: output, includeDrafts: true, baseURL: "/"),
                                             hub: hub, serverID: serverID, report: report)
        // Taken before the first build reads anything, so a save during that build is not missed.
        let baseline = watcher.snapshot()

        var logger = Logger(label: "playbook.serve")
        logger.logLevel = .warning
        let host = self.host
        var app = Application(
            responder: PreviewResponder(folder: SiteFolder(root: output), hub: hub),
            configuration: .init(address: .hostname(host, port: chosenPort), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? chosenPort
                let shownHost = host.contains(":") ? "[\(host)]" : host
                report(.serving(url: "http://\(shownHost):\(port)/"))
            },
            logger: logger)
        // The first build runs inside the service group, so Ctrl-C during it still stops cleanly.
        app.beforeServerStarts { await coordinator.rebuild() }
        let group = ServiceGroup(configuration: .init(
            services: [app, WatchService(watcher: watcher, baseline: baseline, coordinator: coordinator, hub: hub)],
            gracefulShutdownSignals: stopsOnSignals ? [.sigint, .sigterm] : [],
            logger: logger))
        do {
            try await group.run()
        } catch {
            await coordinator.shutDown()
            throw error
        }
        await coordinator.shutDown()
    }

    /// A private folder (mkdtemp: unique, mode 0700) in `$TMPDIR` when it is set, else in
    /// /dev/shm when there is one: the preview rewrites its site on every save, which is much
    /// quicker in memory than on disk.
    static func makeScratchFolder() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        let memory = "/dev/shm"
        let parent = environment["TMPDIR"] == nil && access(memory, W_OK | X_OK) == 0
            ? memory : FileManager.default.temporaryDirectory.path
        var template = Array((parent + "/playbook-serve.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw PreviewServerError.noScratchFolder }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }
}
