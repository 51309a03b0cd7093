import Foundation
import PlaybookBuild
import PlaybookSupport

/// Runs the preview's builds one at a time, reload first: each build writes the pages a
/// change touched and the open pages hear `reload` (or `build-failed`) at once; the site-wide
/// files (handbooks, search indexes, feeds, `phrases.json`) are brought up to date after it.
///
/// A save that changed only page bodies renders just those pages (`PreviewBuild.quick`);
/// anything else runs a full build, which reuses what the last one did where its inputs are
/// unchanged (`BuildCache`). A change that arrives meanwhile stops the site-wide step
/// (`StopFlag`) and is built next; changes that arrive during a build are built together
/// after it.
public actor RebuildCoordinator {
    private let options: BuildOptions
    private let cache = BuildCache()
    private let output: PreviewOutput
    private let hub: EventHub
    private let report: @Sendable (PreviewReport) -> Void
    private let serverID: String
    private var generation = 0
    private var running = false
    /// Changed paths not yet built; nil asks for a full build.
    private var changes: Set<String>? = []
    private var hasChanges = false
    /// The last full build's site, for quick edits; nil until a build succeeds, and after one fails.
    private var base: PreviewBase?
    /// Pages edited quickly since `base` was made.
    private var edited: Set<String> = []
    /// Site-wide files of the last full build, still to write.
    private var step: PreviewStep?
    /// The site-wide files are not up to date with the pages.
    private var siteWideIsStale = false
    private var stop = StopFlag()

    public init(options: BuildOptions, hub: EventHub, serverID: String, report: @escaping @Sendable (PreviewReport) -> Void) {
        self.options = options
        self.output = PreviewOutput(folder: options.output)
        self.hub = hub
        self.serverID = serverID
        self.report = report
    }

    /// Builds after a change of the files at `changed` (relative to the root; nil: anything),
    /// or, while a build runs, stops its site-wide step and has the change built after it.
    public func rebuild(changed: Set<String>? = nil) async {
        if let changed, let known = changes { changes = known.union(changed) } else { changes = nil }
        hasChanges = true
        stop.raise()
        guard !running else { return }
        running = true
        while hasChanges || siteWideIsStale {
            if hasChanges {
                let changed = changes
                changes = []
                hasChanges = false
                await build(changed)
            } else {
                await finish()
            }
        }
        running = false
    }

    /// Builds the pages, then tells the open pages.
    private func build(_ changed: Set<String>?) async {
        let start = ContinuousClock.now
        if let changed, let base, Self.arePages(changed),
           let quick = await DedicatedThread.run({ [output] in PreviewBuild.quick(changed.sorted(), base: base, output: output) }) {
            edited.formUnion(changed)
            siteWideIsStale = true
            await reload()
            report(.edited(quick, seconds: (ContinuousClock.now - start).seconds))
            return
        }
        if step != nil {
            PreviewBuild.abandon(cache: cache)  // the last build's site-wide step never ran: this build's replaces it
            step = nil
        }
        let result = await DedicatedThread.run { [options, cache, output] in
            SiteBuilder(options: options, cache: cache, preview: output).buildPages()
        }
        if result.didWrite {
            step = result.preview
            base = nil  // made by the site-wide step, from this build's site
            edited = []
            siteWideIsStale = true
            await reload()
        } else {
            PreviewBuild.abandon(cache: cache)
            base = nil
            step = nil
            edited = []
            siteWideIsStale = false
            await hub.buildFailed(result.diagnostics)
        }
        report(.built(result, seconds: (ContinuousClock.now - start).seconds))
    }

    /// Brings the site-wide files up to date, unless a newer change stops it.
    private func finish() async {
        let start = ContinuousClock.now
        stop = StopFlag()
        let stop = self.stop
        if step == nil, let base {
            step = await DedicatedThread.run { [edited] in PreviewBuild.refresh(edited, base: base) }
            if stop.isRaised {
                step = nil  // a newer change: the next refresh covers this one's edits too
                return
            }
            if step == nil {
                // The quick edits no longer qualify (a later save changed more): build it all.
                changes = nil
                hasChanges = true
                return
            }
        }
        guard let step else {
            siteWideIsStale = false
            return
        }
        let (base, timings) = await DedicatedThread.run { [output, cache] in PreviewBuild.finish(step, output: output, cache: cache, stop: stop) }
        self.base = base
        self.step = nil
        edited = []
        siteWideIsStale = stop.isRaised
        report(.finished(timings, seconds: (ContinuousClock.now - start).seconds, stopped: stop.isRaised))
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
