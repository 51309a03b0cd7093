import PlaybookBuild

/// What the preview server tells the terminal.
public enum PreviewReport: Sendable {
    /// The server is listening at this URL.
    case serving(url: String)
    /// The requested port was taken; the server took the next free one.
    case portInUse(requested: Int, using: Int)
    /// A build finished (written, or stopped by errors).
    case built(BuildResult, seconds: Double)
}
