import Foundation
import PlaybookModel
import PlaybookSupport

/// Turns a link as an author wrote it (`../cases/airline.md#lessons`) into its output URL.
///
/// Where a link leads depends only on its text, the folder of the page it is written on and
/// that page's language, and the same links recur on page after page (the handbook's copy of
/// each page resolves them all a second time): each is worked out once per build (`targets`),
/// and only its URL, relative to the page's output folder, is made for every use.
struct LinkResolver {
    enum Outcome: Equatable {
        /// Leave the link as written: another site, `mailto:`, a same-page `#anchor`.
        case external
        case page(PageAddress, fragment: String?, href: String)
        case asset(href: String)
        case sameDocument(fragment: String)
        case problem(Severity, String, notes: [String])
    }

    /// Where a link leads, whichever page of a folder it is written on.
    enum Target: Sendable {
        case external
        case page(PageAddress, folder: String, fragment: String?)
        case asset(path: String)
        case sameDocument(fragment: String)
        case problem(Severity, String, notes: [String])
    }

    /// A link's text, the source folder it is written in (`content/articles`) and its page's language.
    struct Query: Hashable, Sendable {
        var destination: String
        var sourceFolder: Substring
        var language: String
    }

    let map: URLMap
    let config: SiteConfig
    /// Targets already worked out in this build, shared by every page's parse.
    let targets: Memo<Query, Target>
    /// Notes where each link led, for the page's entry in the build cache.
    var recorder: ParseRecorder?

    func resolve(_ destination: String, from page: SourcePage, folder: String) -> Outcome {
        let target = target(of: destination, on: page)
        recorder?.note(.link(destination), target.recorded)
        switch target {
        case .external:
            return .external
        case .sameDocument(let fragment):
            return .sameDocument(fragment: fragment)
        case .page(let address, let targetFolder, let fragment):
            let href = SitePath.relative(from: folder, to: targetFolder + "index.html") + (fragment.map { "#\(SitePath.encode($0))" } ?? "")
            return .page(address, fragment: fragment, href: href)
        case .asset(let path):
            return .asset(href: SitePath.relative(from: folder, to: "assets/\(path)"))
        case .problem(let severity, let message, let notes):
            return .problem(severity, message, notes: notes)
        }
    }

    /// Where `destination`, written on `page`, leads. A link whose target its text alone tells
    /// (another site, an `#anchor`) skips the shared memo: most of a page's outside links are
    /// written once on the whole site, and remembering each cost more than working it out.
    func target(of destination: String, on page: SourcePage) -> Target {
        if let target = Self.targetByText(destination) { return target }
        let sourceFolder = page.sourcePath[..<(page.sourcePath.utf8.lastIndex(of: UInt8(ascii: "/")) ?? page.sourcePath.startIndex)]
        let query = Query(destination: destination, sourceFolder: sourceFolder, language: page.language)
        return targets.value(for: query, make: { target(of: destination, from: page) })
    }

    /// Where `destination` leads when that does not depend on the page or the site; nil for a
    /// path to resolve.
    private static func targetByText(_ destination: String) -> Target? {
        if destination.isEmpty { return .external }
        if destination.hasPrefix("#") {
            return .sameDocument(fragment: percentDecoded(String(destination.dropFirst())) ?? "")
        }
        if hasScheme(destination) || destination.hasPrefix("//") { return .external }
        if destination.hasPrefix("/") {
            return .problem(.warning, "site-absolute link '\(destination)' breaks under a sub-path; link to the source file instead", notes: [])
        }
        return nil
    }

    /// Where the path `destination` (see `targetByText`), written on `page`, leads.
    private func target(of destination: String, from page: SourcePage) -> Target {
        var pathPart = destination
        var fragment: String?
        if let hash = pathPart.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = Self.percentDecoded(String(pathPart[pathPart.utf8.index(after: hash)...]))
            pathPart = String(pathPart[..<hash])
        }
        if let query = pathPart.utf8.firstIndex(of: UInt8(ascii: "?")) { pathPart = String(pathPart[..<query]) }
        let decoded = Self.percentDecoded(pathPart) ?? pathPart
        guard let target = Self.normalize(decoded, relativeTo: page.sourcePath) else {
            return .problem(.error, "link target '\(destination)' is outside content/", notes: [])
        }
        if target.hasPrefix("assets/") {
            let asset = String(target.dropFirst("assets/".count))
            guard map.hasAsset(asset) else { return missing(destination, target) }
            return .asset(path: asset)
        }
        guard target.hasSuffix(".md") else {
            // An image or a download beside the page: only content/assets/ is published.
            let name = String(target.split(separator: "/").last ?? Substring(target))
            guard name.contains(".") else {
                return .problem(.warning, "link '\(destination)' is not a source file; link to the page's .md file", notes: [])
            }
            let pageFolder = page.sourcePath.dropFirst("content/".count).split(separator: "/").dropLast().map { $0 + "/" }.joined()
            return .problem(.warning, "link target '\(destination)' is neither a page (.md) nor a file in content/assets/, so it would be broken",
                            notes: ["put the file in content/assets/ and link to it as '\(SitePath.relative(from: pageFolder, to: "assets/" + name))'"])
        }
        guard case .page(_, let key, let language) = ContentFile.classify(target, config: config) else {
            return missing(destination, target)
        }
        let explicitLanguage = target.dropLast(3).hasSuffix(".\(language)")
        let address = explicitLanguage
            ? (map.folder(of: PageAddress(key: key, language: language)) != nil ? PageAddress(key: key, language: language) : nil)
            : map.resolve(key: key, language: page.language)
        guard let address, let targetFolder = map.folder(of: address) else { return missing(destination, target) }
        return .page(address, folder: targetFolder, fragment: fragment)
    }

    private func missing(_ destination: String, _ target: String) -> Target {
        // Compare file names: a misspelt name or a wrong folder both find the right file.
        let name = { (path: String) in String(path.split(separator: "/").last ?? "") }
        let byName = Dictionary(map.knownSources.map { (name($0), $0) }, uniquingKeysWith: { first, _ in first })
        let suggestion = Suggestion.closest(to: name(target), in: byName.keys.sorted()).flatMap { byName[$0] }
        let notes = suggestion.map { ["did you mean '\($0)'?"] } ?? []
        return .problem(.error, "link target '\(destination)' does not exist", notes: notes)
    }

    /// `removingPercentEncoding`, which is slow enough to matter on every link of a large
    /// site, only for the few links that hold a `%`: without one the text is already decoded.
    static func percentDecoded(_ text: String) -> String? {
        text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding : text
    }

    /// `https:`, `mailto:`: an ASCII letter, then letters, digits and `+.-`, up to a colon.
    /// On UTF-8 bytes, like the rest of a link's first look: it runs for every distinct link.
    static func hasScheme(_ destination: String) -> Bool {
        let bytes = destination.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = bytes[..<colon]
        guard let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy { isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || "+.-".utf8.contains($0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// `../cases/x.md` from `content/articles/a.md` → `cases/x.md`; nil when it leaves `content/`.
    static func normalize(_ path: String, relativeTo sourcePath: String) -> String? {
        let slash = UInt8(ascii: "/")
        var components = sourcePath.utf8.split(separator: slash).map(Substring.init).dropFirst().dropLast()   // drop content/ and the file
        for part in path.utf8.split(separator: slash).map(Substring.init) {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(part)
            }
        }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }
}
