import Foundation
import PlaybookBuild
import PlaybookSupport

/// Runs the preview's builds, reload first: each build writes the pages a change touched and
/// the open pages hear `reload` (or `build-failed`) at once; the site-wide files (handbooks,
/// search indexes, feeds, `phrases.json`) are brought up to date after it, by a step of their
/// own (`finish`).
///
/// A save that changed only page bodies renders just those pages (`PreviewBuild.quick`), even
/// while the site-wide step runs: the two write different files. Anything else runs a full
/// build, which reuses what the last one did where its inputs are unchanged (`BuildCache`),
/// and first stops the site-wide step (`StopFlag`) and waits for it. Builds run one at a time;
/// changes that arrive during one are built together after it.
public actor RebuildCoordinator {
    private let options: BuildOptions
    private let cache = BuildCache()
    private let output: PreviewOutput
    private let hub: EventHub
    private let report: @Sendable (PreviewReport) -> Void
    private let serverID: String
    private var generation = 0
    private var building = false
    /// Changed paths not yet built; nil asks for a full build.
    private var changes: Set<String>? = []
    private var hasChanges = false
    /// The site the last site-wide step started from, for quick edits; nil until one has, and
    /// after a full build until the next has.
    private var base: PreviewBase?
    /// Pages edited quickly since `base` was made, with the build that last edited each.
    private var edited: [String: Int] = [:]
    /// Site-wide files of the last full build, still to write.
    private var step: PreviewStep?
    /// The site-wide files are behind the pages.
    private var siteWideIsStale = false
    private var finishing: Task<Void, Never>?
    private var stop = StopFlag()
    private var isShutDown = false

    public init(options: BuildOptions, hub: EventHub, serverID: String, report: @escaping @Sendable (PreviewReport) -> Void) {
        self.options = options
        self.output = PreviewOutput(folder: options.output)
        self.hub = hub
        self.serverID = serverID
        self.report = report
    }

    /// Builds after a change of the files at `changed` (relative to the root; nil: anything),
    /// or, while a build runs, has the change built after it. Returns once the pages are
    /// written and the open pages told; the site-wide step goes on after.
    public func rebuild(changed: Set<String>? = nil) async {
        if let changed, let known = changes { changes = known.union(changed) } else { changes = nil }
        hasChanges = true
        guard !building else { return }
        building = true
        while hasChanges {
            let changed = changes
            changes = []
            hasChanges = false
            await build(changed)
        }
        building = false
        startFinishing()
    }

    /// Stops the site-wide step and waits for it, so nothing writes into the output after.
    public func shutDown() async {
        isShutDown = true
        stop.raise()
        while let finishing {
            await finishing.value
        }
    }

    /// Waits until the site-wide files are up to date with the last build (for tests).
    public func settle() async {
        while let finishing {
            await finishing.value
        }
    }

    /// Builds the pages, then tells the open pages.
    private func build(_ changed: Set<String>?) async {
        let start = ContinuousClock.now
        if let changed, let base, Self.arePages(changed),
           let quick = await DedicatedThread.run({ [output] in PreviewBuild.quick(changed.sorted(), base: base, output: output) }) {
            for path in changed { edited[path] = generation + 1 }
            siteWideIsStale = true
            stop.raise()  // what the site-wide step is making is out of date already
            await reload()
            report(.edited(quick, seconds: (ContinuousClock.now - start).seconds))
            return
        }
        stop.raise()
        await finishing?.value
        if step != nil {
            PreviewBuild.abandon(cache: cache)  // the last build's site-wide step never ran: this build's replaces it
        }
        let result = await DedicatedThread.run { [options, cache, output] in
            SiteBuilder(options: options, cache: cache, preview: output).buildPages()
        }
        base = nil  // made from this build's site by its site-wide step
        edited = [:]
        if result.didWrite {
            step = result.preview
            siteWideIsStale = true
            await reload()
        } else {
            PreviewBuild.abandon(cache: cache)
            step = nil
            siteWideIsStale = false
            await hub.buildFailed(result.diagnostics)
        }
        report(.built(result, seconds: (ContinuousClock.now - start).seconds))
    }

    private func startFinishing() {
        guard siteWideIsStale, finishing == nil, !building, !isShutDown else { return }
        stop = StopFlag()
        let stop = self.stop
        finishing = Task { await self.finish(stop) }
    }

    /// Brings the site-wide files up to date, unless `stop` is raised first.
    private func finish(_ stop: StopFlag) async {
        let start = ContinuousClock.now
        let included = edited
        var step = self.step
        if step == nil, let base {
            step = await DedicatedThread.run { PreviewBuild.refresh(Set(included.keys), base: base) }
            if step == nil, !stop.isRaised {
                // The quick edits no longer qualify (a later save changed more): build it all.
                finishing = nil
                await rebuild()
                return
            }
        }
        self.step = nil
        if let step, !stop.isRaised {
            let base = await DedicatedThread.run { PreviewBuild.base(of: step) }
            self.base = base
            for (path, build) in included where edited[path] == build { edited[path] = nil }
            let timings = await DedicatedThread.run { [output, cache] in PreviewBuild.finish(step, output: output, cache: cache, stop: stop) }
            if !stop.isRaised { siteWideIsStale = !edited.isEmpty }
            report(.finished(timings, seconds: (ContinuousClock.now - start).seconds, stopped: stop.isRaised))
        }
        finishing = nil
        startFinishing()
    }

    private func reload() async {
        generation += 1
        await hub.buildSucceeded(version: "\(serverID)-\(generation)")
    }

    /// Whether every changed path is a Markdown page under `content/` (not an asset).
    static func arePages(_ paths: Set<String>) -> Bool {
        !paths.isEmpty && paths.allSatisfy { $0.hasPrefix("content/") && !$0.hasPrefix("content/assets/") && $0.hasSuffix(".md") }
    }
}
