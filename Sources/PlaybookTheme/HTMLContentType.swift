import Mustache
import PlaybookMarkdown

/// How every template escapes `{{ }}` values: `String.htmlEscaped`, on UTF-8 bytes.
///
/// swift-mustache's own HTML escaping looks at `Character`s, and a quote followed by a
/// combining mark (`"\u{301}`) is one `Character` that it leaves as it is: a page title could
/// then end the attribute it is shown in (`content="…"́ onfocus=…`). Every template is compiled
/// with this content type's pragma in front (`Theme.compile`), partials and layouts included,
/// because the library starts each partial with its own escaping again.
public struct PlaybookHTMLContentType: MustacheContentType {
    public func escapeText(_ text: String) -> String { text.htmlEscaped }

    static let name = "PLAYBOOK_HTML"

    /// The pragma put before each template's text. The library keeps content types in one
    /// global table; registering once, before the first template is compiled, is enough.
    public static let pragma: String = {
        MustacheContentTypes.register(PlaybookHTMLContentType(), named: name)
        return "{{% CONTENT_TYPE: \(name)}}"
    }()
}
