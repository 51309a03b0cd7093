/// The parts of a page's frame that publishing adds: the search box's target, the feed link,
/// and Open Graph tags (`og:url` only with a `baseURL`: it must be absolute).
public struct PageMeta: Sendable, Equatable {
    var searchHref = ""
    var feedHref: String?
    var ogTitle = ""
    var ogDescription = ""
    var ogType = "website"
    var ogURL: String?
}
