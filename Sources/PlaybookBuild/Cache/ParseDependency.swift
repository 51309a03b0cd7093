import PlaybookModel
import Synchronization

/// Something a page's conversion asked of the rest of the site, and the answer it got: where
/// a link leads, which handbooks show the page, a page's anchor in a handbook. A page's cache
/// entry is reused only when every question it asked gets the same answer again, so an entry
/// depends on the pages its links reach rather than on the whole site.
struct ParseDependency: Hashable, Sendable {
    var question: Question
    var answer: String

    enum Question: Hashable, Sendable {
        /// Where a link written on the page leads (`LinkResolver.Target`).
        case link(String)
        /// The languages whose handbooks exist.
        case handbookLanguages
        /// A page's anchor in a language's handbook, if that handbook shows it.
        case handbookId(language: String, page: PageAddress)
    }
}

/// Collects the questions one page's conversion asks, each once, in the order first asked.
final class ParseRecorder: Sendable {
    private let state = Mutex<(seen: Set<ParseDependency.Question>, asked: [ParseDependency])>(([], []))

    func note(_ question: ParseDependency.Question, _ answer: String) {
        state.withLock { state in
            if state.seen.insert(question).inserted { state.asked.append(ParseDependency(question: question, answer: answer)) }
        }
    }

    var dependencies: [ParseDependency] { state.withLock { $0.asked } }
}

extension LinkResolver.Target {
    /// The target as the text a cache entry compares: equal text, equal target.
    var recorded: String {
        let separator = "\u{1F}"
        switch self {
        case .external: return "external"
        case .page(let address, let folder, let fragment):
            return ["page", address.key, address.language, folder, fragment.map { "#" + $0 } ?? "none"].joined(separator: separator)
        case .asset(let path): return "asset" + separator + path
        case .sameDocument(let fragment): return "same" + separator + fragment
        case .problem(let severity, let message, let notes):
            return (["problem", severity.rawValue, message] + notes).joined(separator: separator)
        }
    }
}
