import Foundation
import PlaybookBuild
import PlaybookSupport

/// Runs one build at a time. A change that arrives during a build asks for one more build
/// after it, however many changes arrive; then the open pages hear `reload` (after the
/// write has finished) or `build-failed`. Each build reuses what the last one did where its
/// inputs are unchanged (`BuildCache`), so a save redoes only what it touched.
public actor RebuildCoordinator {
    private let options: BuildOptions
    private let cache = BuildCache()
    private let hub: EventHub
    private let report: @Sendable (PreviewReport) -> Void
    private let serverID: String
    private var generation = 0
    private var running = false
    private var pending = false

    public init(options: BuildOptions, hub: EventHub, serverID: String, report: @escaping @Sendable (PreviewReport) -> Void) {
        self.options = options
        self.hub = hub
        self.serverID = serverID
        self.report = report
    }

    /// Builds now, or, while a build runs, marks that one more build must follow it and returns.
    public func rebuild() async {
        if running {
            pending = true
            return
        }
        running = true
        repeat {
            pending = false
            let options = self.options
            let start = ContinuousClock.now
            let result = await SiteBuilder(options: options, cache: cache).buildOnOwnThread()
            let elapsed = ContinuousClock.now - start
            generation += 1
            if result.didWrite {
                await hub.buildSucceeded(version: "\(serverID)-\(generation)")
            } else {
                await hub.buildFailed(result.diagnostics)
            }
            report(.built(result, seconds: elapsed.seconds))
        } while pending
        running = false
    }
}
