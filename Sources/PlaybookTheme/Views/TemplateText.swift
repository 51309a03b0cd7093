import Mustache

/// A string as views hand it to Mustache: rendered with one cast where a `String` costs several.
///
/// swift-mustache asks a value in turn whether it is a template, a `MustacheCustomRenderable`,
/// a lambda, an `Optional` and then `TextOutputStreamable` (inside `String(describing:)`),
/// each a costly protocol lookup in the runtime's conformance cache; a `String` answers only
/// the last. This answers the second, with the same text, so a string skips the lookups
/// after it; the UI strings and the list layouts' views are wrapped too.
///
/// It also answers `MustacheParent` with nothing, so that a lookup climbing past a section's
/// string (`{{#audience}}{{chrome.t.x}}{{/audience}}`) neither reflects it with `Mirror` nor
/// finds the wrapper's own `description`; and it keeps the library's string transforms
/// (`{{uppercased(title)}}`) for themes that use them.
public struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent, CustomStringConvertible {
    public let description: String

    public var renderText: String { description }
    public var isNull: Bool { false }
    public func transform(_ name: String) -> Any? { description.transform(name) }
    public func child(named name: String) -> Any? { nil }
}

/// A language's UI strings (`{{t.search_label}}`), answered as `TemplateText`.
public struct TemplateStrings: MustacheParent {
    public let strings: [String: String]

    public init(strings: [String: String]) {
        self.strings = strings
    }

    public func child(named name: String) -> Any? { strings[name].map(TemplateText.init) }
}

extension String {
    public var forTemplate: TemplateText { TemplateText(description: self) }
}

extension Optional<String> {
    public var forTemplate: TemplateText? { map(TemplateText.init) }
}
