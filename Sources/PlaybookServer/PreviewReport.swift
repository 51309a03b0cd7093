import PlaybookBuild

/// What the preview server tells the terminal.
public enum PreviewReport: Sendable {
    /// The server is listening at this URL.
    case serving(url: String)
    /// The requested port was taken; the server took the next free one.
    case portInUse(requested: Int, using: Int)
    /// A full build finished (its pages written, or stopped by errors).
    case built(BuildResult, seconds: Double)
    /// A save that changed only page bodies: those pages were written.
    case edited(QuickEdit, seconds: Double)
    /// The site-wide files were brought up to date after a reload, or `stopped` by a newer change.
    case finished(StageTimings, seconds: Double, stopped: Bool)
}
