import PlaybookSupport
import ServiceLifecycle

/// Runs the watcher and the event stream's keep-alive until the server shuts down, then ends
/// every open event stream so the HTTP server's graceful shutdown does not wait on them.
struct WatchService: Service {
    let watcher: SiteWatcher
    let baseline: [String: FileIdentity]
    let coordinator: RebuildCoordinator
    let hub: EventHub

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await watcher.watch(from: baseline) { await coordinator.rebuild(changed: $0) } }
                group.addTask {
                    while (try? await Task.sleep(for: .seconds(15))) != nil { await hub.keepAlive() }
                }
            }
        }
        await hub.close()
    }
}
