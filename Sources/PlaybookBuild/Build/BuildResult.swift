import PlaybookModel
import PlaybookSupport

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
    /// The build cache's size on disk after the build, in bytes; nil when built without one.
    public var cacheBytes: Int?
    /// With the build cache: how many pages were taken from it, and how many converted.
    public var pagesFromCache = 0
    public var pagesConverted = 0
    /// With the build cache: how many files (pages, indexes, feeds, …) were kept as the last
    /// build left them, not made (`KeptPages`).
    public var filesKept = 0
    /// What the person building should know that is no diagnostic: a build cache ignored or replaced.
    public var notes: [String] = []
    /// What the build made, held by the result: a caller that exits right after the build
    /// (the command line) lets the system take the memory back at once, where letting the
    /// result go would free every page, string and index entry one by one.
    public private(set) var retained: RetainedOutput?
    /// What a preview build (`SiteBuilder.buildPages()`) leaves to do after the reload.
    public internal(set) var preview: PreviewStep?
    /// With the build cache: the output as the build left it, for the build stamp.
    var outputListing: OutputListing?

    mutating func retain(_ site: ResolvedSite, _ files: [OutputFile]) {
        retained = RetainedOutput(site: site, files: files)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The resolved site and its files, as a build left them (`BuildResult.retained`).
public final class RetainedOutput: Sendable {
    let site: ResolvedSite
    let files: [OutputFile]

    init(site: ResolvedSite, files: [OutputFile]) {
        self.site = site
        self.files = files
    }
}
