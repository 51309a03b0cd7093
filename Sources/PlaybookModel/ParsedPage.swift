/// A page after its Markdown has been converted: everything later stages need from it, made in
/// the one conversion of its body. Its HTML with rewritten links; headings for anchors and
/// outlines; links to check; and the parts the site-wide outputs are assembled from: phrases
/// for `phrases.json`, search sections for the index, the handbook's copy.
///
/// A class, not a struct: the resolved site lists each page many times (its section, its tags
/// and pillars, the other language's indexes, its neighbours' previous and next), and a struct
/// would copy every field into each. Nothing changes a page once it is parsed.
public final class ParsedPage: Sendable {
    public let source: SourcePage
    /// Output folder relative to `site/`, e.g. `zh/articles/listen/`.
    public let folder: String
    /// Its HTML: held, or read when asked (a page taken from the build cache, whose file a build
    /// usually keeps without asking, or saved into it; the preview's, held compressed). Read anew
    /// on every access, so kept by no page.
    public var html: String {
        switch content {
        case .held(let html): html
        case .read(let read): read()
        }
    }
    private enum Content: Sendable {
        case held(String)
        case read(@Sendable () -> String)
    }
    private let content: Content
    public let headings: [PageHeading]
    /// Links with an `#anchor` (links to pages are checked while parsing).
    public let links: [PageLink]
    /// How many task-list items the page has, and how many are ticked (a checklist shows its
    /// progress). Only the counts: the items themselves are in `html` already.
    public let tasks: TaskCount
    /// The phrase cards of a phrase library, for `phrases.json`.
    public let phrases: [PagePhrase]
    /// The page's heading sections as the search index needs them.
    public let searchSections: [SearchSection]
    /// The page as each handbook that shows it has it, by the handbook's language: its own
    /// language's, and for a page of the default language, also each language's that has no
    /// translation of it. Empty for pages in no handbook.
    public let handbookCopies: [String: HandbookCopy]

    public convenience init(source: SourcePage, folder: String, html: String, headings: [PageHeading], links: [PageLink],
                            tasks: TaskCount, phrases: [PagePhrase] = [], searchSections: [SearchSection] = [],
                            handbookCopies: [String: HandbookCopy] = [:]) {
        self.init(source: source, folder: folder, content: .held(html), headings: headings, links: links, tasks: tasks,
                  phrases: phrases, searchSections: searchSections, handbookCopies: handbookCopies)
    }

    /// A page whose HTML `readHTML` gets each time it is asked for.
    public convenience init(source: SourcePage, folder: String, readHTML: @escaping @Sendable () -> String, headings: [PageHeading],
                            links: [PageLink], tasks: TaskCount, phrases: [PagePhrase], searchSections: [SearchSection],
                            handbookCopies: [String: HandbookCopy]) {
        self.init(source: source, folder: folder, content: .read(readHTML), headings: headings, links: links, tasks: tasks,
                  phrases: phrases, searchSections: searchSections, handbookCopies: handbookCopies)
    }

    private init(source: SourcePage, folder: String, content: Content, headings: [PageHeading], links: [PageLink],
                 tasks: TaskCount, phrases: [PagePhrase], searchSections: [SearchSection], handbookCopies: [String: HandbookCopy]) {
        self.source = source
        self.folder = folder
        self.content = content
        self.headings = headings
        self.links = links
        self.tasks = tasks
        self.phrases = phrases
        self.searchSections = searchSections
        self.handbookCopies = handbookCopies
    }

    public var address: PageAddress { source.address }
    public var frontMatter: FrontMatter { source.frontMatter }
    public var outputPath: String { folder + "index.html" }
}

/// A link to an anchor of a page (this one or another), checked once every page's headings
/// are known. Only its place is kept: the line is quoted only if the anchor is missing.
public struct PageLink: Sendable, Hashable {
    public var target: PageAddress
    public var fragment: String
    public var location: SourceLocation

    public init(target: PageAddress, fragment: String, location: SourceLocation) {
        self.target = target
        self.fragment = fragment
        self.location = location
    }
}

/// A page's task-list items: how many, and how many are ticked.
public struct TaskCount: Sendable, Hashable {
    public var total: Int
    public var done: Int

    public init(total: Int, done: Int) {
        self.total = total
        self.done = done
    }
}
