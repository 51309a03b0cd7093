import Mustache
import Synchronization

/// Renders the main navigation with `partials/site-nav`, once per build for each place it is
/// seen from: the section that is current and the way back to the site root (`../../`).
///
/// Every page shows the navigation, and between pages it differs in those two alone, so a
/// site of any size has a few dozen per language. Rendered on every page, its loop was 6 % of
/// a build's instructions (swift-mustache spends microseconds on each name it looks up).
final class NavRenderer: Sendable {
    static let template = "partials.site-nav"

    private struct Place: Hashable {
        var current: String?
        var rootPath: String
    }

    private let library: MustacheLibrary
    private let t: [String: String]
    private let rendered = Mutex<[Place: String]>([:])

    init(theme: Theme, t: [String: String]) {
        library = theme.library
        self.t = t
    }

    /// `nav`, the navigation as seen from a page whose current section is `current` and whose
    /// way back to the site root is `rootPath`, as `partials/site-nav` shows it.
    func html(of nav: [NavItem], current: String?, rootPath: String) -> String {
        let place = Place(current: current, rootPath: rootPath)
        if let known = rendered.withLock({ $0[place] }) { return known }
        // Two pages of one place may both get here; both render the same text.
        let html = library.render(NavContext(nav: nav, t: t), withTemplate: Self.template) ?? ""
        rendered.withLock { $0[place] = html }
        return html
    }
}

/// What `partials/site-nav` sees: the navigation and the page language's UI strings.
private struct NavContext: MustacheParent {
    var nav: [NavItem]
    var t: [String: String]

    func child(named name: String) -> Any? {
        switch name {
        case "nav": nav
        case "t": TemplateStrings(strings: t)
        default: nil
        }
    }
}
