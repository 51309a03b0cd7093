import Foundation
import PlaybookModel
import PlaybookSupport

/// Stage 1: reads every file under `content/` (sorted, so output is deterministic) into
/// `SourcePage`s and asset paths, collecting every problem instead of stopping at the first.
struct ContentLoader: Sendable {
    struct Output: Sendable {
        var pages: [SourcePage] = []
        /// Paths relative to `content/assets/`.
        var assets: [String] = []
        var diagnostics: [Diagnostic] = []
        /// Each page file's digest by source path, when loaded with `known` (the build cache's key).
        var sourceDigests: [String: String] = [:]
        /// What the next build can take from `KnownSources` instead of reading the files.
        var records: [String: KnownSources.Known] = [:]
        /// The source paths of the pages taken from `known`, whose bodies were not read (empty).
        var unread: Set<String> = []
    }

    let root: URL
    let config: SiteConfig
    /// Pages decoded by the last build, reused for files whose bytes are the same.
    let cache: BuildCache?
    /// With the build cache: each file's digest is taken, and a file whose identity is the one
    /// recorded is not read (`KnownSources`).
    let known: KnownSources?
    private var digesting: Bool { known != nil }
    /// Each page file's identity by source path, as listed before the build read anything
    /// (`SiteBuilder.listedSources`): compared with `known` instead of looking at the file again.
    let listed: [String: String]

    init(root: URL, config: SiteConfig, cache: BuildCache? = nil, known: KnownSources? = nil, listed: [String: String] = [:]) {
        self.root = root
        self.config = config
        self.cache = cache
        self.known = known
        self.listed = listed
    }

    /// Files are read and decoded in parallel; the output keeps the sorted order of the paths.
    func load() -> Output {
        var output = Output()
        let content = root.appendingPathComponent("content")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder), isFolder.boolValue,
              let boundary = FolderBoundary(root) else {
            output.diagnostics.append(.error("no content/ folder in \(root.path)", notes: Self.startingNotes))
            return output
        }
        let (paths, skipped) = FileTree.files(under: content, inside: boundary)
        output.diagnostics += SkippedFiles.diagnostics(skipped, in: "content")
        // content/ itself leads out of the playbook: said already, and nothing to load.
        if skipped.contains(where: { $0.path.isEmpty }) { return output }
        cache?.loadedPages.begin(context: 0)
        let folder = content.path
        let loaded = paths.concurrentMap { relativePath -> (ContentFile, RecordedPage?) in
            let sourcePath = "content/" + relativePath
            if let known = known?.unchanged(at: folder + "/" + relativePath, sourcePath: sourcePath, listed: listed[sourcePath]) { return known }
            let classification = ContentFile.classify(relativePath, config: config)
            guard case .page(let kind, let key, let language) = classification else { return (classification, nil) }
            return (classification, loadRecording(at: folder + "/" + relativePath, sourcePath: sourcePath,
                                                  kind: kind, key: key, language: language, recording: known != nil))
        }
        output.sourceDigests.reserveCapacity(paths.count)
        output.records.reserveCapacity(paths.count)
        output.unread.reserveCapacity(paths.count)
        for (relativePath, (classification, page)) in zip(paths, loaded) {
            switch classification {
            case .ignored: continue
            case .asset: output.assets.append(String(relativePath.dropFirst("assets/".count)))
            case .misplaced(let reason):
                output.diagnostics.append(.error(reason, at: SourceLocation(file: "content/\(relativePath)", line: 1, column: 1)))
            case .page:
                guard let page else { continue }
                output.add(page)
            }
        }
        readTrackedSources(in: &output)
        if output.pages.isEmpty {
            output.diagnostics.append(.error("no page in content/", notes: Self.startingNotes))
        }
        return output
    }

    /// A page as loaded for the build cache: `record` is nil for a file that gave diagnostics.
    struct RecordedPage {
        var page: SourcePage
        var diagnostics: [Diagnostic]
        var digest: String?
        var record: KnownSources.Known?
        var unread: Bool
    }

    /// `loadPage`, recording for the next build (with the build cache, `recording`) what it
    /// read: the file's identity, taken before the file is read so that a write during the
    /// read changes it, its digest and its page (`KnownSources.unchanged`).
    func loadRecording(at path: String, sourcePath: String, kind: PageKind?, key: String, language: String,
                       recording: Bool) -> RecordedPage {
        let identity = recording ? FileIdentity(path: path)?.description : nil
        let (page, diagnostics, digest) = loadPage(at: path, sourcePath: sourcePath, kind: kind, key: key, language: language)
        var bodyless = page
        bodyless.body = ""
        let record = identity.flatMap { identity in
            digest.map { KnownSources.Known(identity: identity, digest: $0.description, page: bodyless) }
        }
        return RecordedPage(page: page, diagnostics: diagnostics, digest: digest?.description,
                            record: diagnostics.isEmpty ? record : nil, unread: false)
    }

    /// The page of the file at `sourcePath` read again, with its body.
    func reading(_ page: SourcePage) -> RecordedPage {
        loadRecording(at: root.path + "/" + page.sourcePath, sourcePath: page.sourcePath, kind: page.kind, key: page.key,
                      language: page.language, recording: known != nil)
    }

    /// The translation status compares a source's body with the version its translations
    /// record: those sources are read even when known.
    private func readTrackedSources(in output: inout Output) {
        let tracked = Set(output.pages.filter { $0.language != config.defaultLanguage && $0.frontMatter.translationOf != nil }.map(\.key))
        for index in output.pages.indices {
            let page = output.pages[index]
            guard output.unread.contains(page.sourcePath), page.language == config.defaultLanguage, tracked.contains(page.key) else { continue }
            let read = reading(page)
            output.unread.remove(page.sourcePath)
            output.pages[index] = read.page
            output.sourceDigests[page.sourcePath] = read.digest
            output.records[page.sourcePath] = read.record
            output.diagnostics += read.diagnostics
        }
    }

    /// How to start a playbook, or build one that is elsewhere.
    private static let startingNotes = [
        "create a new playbook with `playbook init`, or pass --root DIR",
        "or add a first page with `playbook new article \"Title\"`",
    ]

    /// A page that fails to load is still returned, so its URL stays reserved and links to it
    /// cause no follow-on errors.
    func loadPage(at path: String, sourcePath: String, kind: PageKind?, key: String,
                  language: String) -> (SourcePage, [Diagnostic], ContentDigest?) {
        let page = SourcePage(sourcePath: sourcePath, kind: kind, key: key, language: language,
                              frontMatter: FrontMatter(title: key), body: "", bodyStartLine: 1)
        let read = { () -> (SourcePage, [Diagnostic], ContentDigest?) in
            guard let data = FileManager.default.contents(atPath: path) else {
                return (page, [.error("cannot read the file", at: SourceLocation(file: sourcePath, line: 1, column: 1))], nil)
            }
            let (decoded, diagnostics) = decode(data, into: page)
            return (decoded, diagnostics, digesting ? ContentDigest(data) : nil)
        }
        // With a cache, the front matter of a file whose identity on disk is unchanged is not
        // decoded again. The cache keeps no Markdown: the body is read again from the file.
        guard let cache, let identity = FileIdentity(path: path) else { return read() }
        let file = LoadedFile(sourcePath: sourcePath, classification: "\(kind?.rawValue ?? "")|\(key)|\(language)", identity: identity)
        if let (kept, diagnostics) = cache.loadedPages.cached(file), let hash = kept.droppedBodyHash,
           let body = SourceQuoter(root: root).body(of: kept, hash: hash) {
            let page = SourcePage(sourcePath: kept.sourcePath, kind: kept.kind, key: kept.key, language: kept.language,
                                  frontMatter: kept.frontMatter, body: body, bodyStartLine: kept.bodyStartLine)
            return (page, diagnostics, nil)
        }
        let (decoded, diagnostics, _) = read()
        cache.loadedPages.remember((decoded.droppingBody(), diagnostics), for: file)
        return (decoded, diagnostics, nil)
    }

    private func decode(_ data: Data, into page: SourcePage) -> (SourcePage, [Diagnostic]) {
        var page = page
        let sourcePath = page.sourcePath, kind = page.kind, key = page.key
        let start = SourceLocation(file: sourcePath, line: 1, column: 1)
        guard let text = SourceFileText.decode(data) else { return (page, [SourceFileText.notUTF8(data, file: sourcePath)]) }
        switch FrontMatterSplitter.split(text) {
        case .failure:
            return (page, [.error("front matter opened here is never closed with '---'", at: start, in: SourceText(text))])
        case .success(let split):
            // Diagnostics quote only lines of the front matter, up to its closing line (or the
            // first line, of a page without one): the body's lines are not indexed.
            let head = split.yaml == nil ? text : String(Substring(text.utf8.prefix(text.utf8.count - split.body.utf8.count)))
            let source = SourceText(head)
            let (frontMatter, diagnostics) = FrontMatterDecoder.decode(split, file: sourcePath, text: source, kind: kind)
            page.frontMatter = frontMatter
            if frontMatter.title.isEmpty { page.frontMatter.title = key }
            page.body = split.body
            page.bodyStartLine = split.bodyStartLine
            return (page, diagnostics)
        }
    }
}

extension ContentLoader.Output {
    mutating func add(_ loaded: ContentLoader.RecordedPage) {
        let path = loaded.page.sourcePath
        pages.append(loaded.page)
        diagnostics += loaded.diagnostics
        if let digest = loaded.digest { sourceDigests[path] = digest }
        if let record = loaded.record { records[path] = record }
        if loaded.unread { unread.insert(path) }
    }
}
