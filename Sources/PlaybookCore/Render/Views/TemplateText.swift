import Mustache

/// A string as views hand it to Mustache: rendered with one cast where a `String` costs four.
///
/// swift-mustache asks a value in turn whether it is a template, a `MustacheCustomRenderable`,
/// a lambda, an `Optional` and then `TextOutputStreamable` (inside `String(describing:)`),
/// each a protocol lookup in the runtime's conformance cache at over a thousand instructions;
/// a `String` answers only the last. This answers the second, with the same text: with the UI
/// strings and the list layouts' views wrapped too, a build runs 4 % fewer instructions.
///
/// It also answers `MustacheParent` with nothing, so that a lookup climbing past a section's
/// string (`{{#audience}}{{chrome.t.x}}{{/audience}}`) neither reflects it with `Mirror` nor
/// finds the wrapper's own `description`; and it keeps the library's string transforms
/// (`{{uppercased(title)}}`) for themes that use them.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent, CustomStringConvertible {
    let description: String

    var renderText: String { description }
    var isNull: Bool { false }
    func transform(_ name: String) -> Any? { description.transform(name) }
    func child(named name: String) -> Any? { nil }
}

/// A language's UI strings (`{{t.search_label}}`), answered as `TemplateText`.
struct TemplateStrings: MustacheParent {
    let strings: [String: String]

    func child(named name: String) -> Any? { strings[name].map(TemplateText.init) }
}

extension String {
    var forTemplate: TemplateText { TemplateText(description: self) }
}

extension Optional<String> {
    var forTemplate: TemplateText? { map(TemplateText.init) }
}
