/// What a build did: its diagnostics, and what it wrote if it got that far.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var languageCount: Int
    public var fileCount: Int
    /// Files whose bytes equalled the previous output's, left as they were (same inode and time).
    public var unchangedFileCount = 0
    /// False when errors stopped the build before writing: the previous output is untouched.
    public var didWrite: Bool
    public var timings: StageTimings
    /// Nothing the build depends on changed since the last one, which left this result: the
    /// build stopped after checking (`BuildStamp`).
    public var isUpToDate = false
    /// The parsed site and its files, kept alive by the result so that the command line can
    /// exit without freeing them one by one (a second of a 10,000-page build; `BuildCommand`).
    var artifacts: [any Sendable] = []

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
