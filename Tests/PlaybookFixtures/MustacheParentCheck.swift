import Mustache
import PlaybookTheme
import Testing

/// Views answer Mustache's lookups themselves, and must answer for every stored property
/// exactly as `Mirror` would: a property added without its case would vanish from pages.
public enum MustacheParentCheck {
    /// Expects `value` to answer each stored property's name with its value (strings as
    /// `TemplateText`, string tables as `TemplateStrings`) and nothing for other names. Every
    /// optional of `value` must be set.
    public static func expectMatchesMirror(_ value: any MustacheParent, sourceLocation: SourceLocation = #_sourceLocation) {
        for case let (label?, field) in Mirror(reflecting: value).children {
            // An optional left nil would be compared as "no answer" with "no answer": the
            // sample must set it. Other values are compared as they are.
            let unwrapped: Any
            if Mirror(reflecting: field).displayStyle == .optional {
                guard let some = Mirror(reflecting: field).children.first?.value else {
                    Issue.record("set every optional of the sample \(type(of: value)) (\(label))", sourceLocation: sourceLocation)
                    continue
                }
                unwrapped = some
            } else {
                unwrapped = field
            }
            let child = value.child(named: label)
            // A string table is compared by its strings, anything else by its description.
            let answersWithTheValue = if let table = strings(unwrapped) {
                child.flatMap(strings) == table
            } else {
                child.map { String(describing: $0) } == String(describing: unwrapped)
            }
            #expect(answersWithTheValue, "\(type(of: value)).child(named: \"\(label)\") is \(child.map { String(describing: $0) } ?? "nil")",
                    sourceLocation: sourceLocation)
            // Strings go to Mustache as `TemplateText` (see there why).
            if unwrapped is String {
                #expect(child is TemplateText, "\(type(of: value)).\(label) answers a plain String", sourceLocation: sourceLocation)
            }
            if unwrapped is [String: String] {
                #expect(child is TemplateStrings, "\(type(of: value)).\(label) answers a plain dictionary", sourceLocation: sourceLocation)
            }
        }
        #expect(value.child(named: "noSuchProperty") == nil, sourceLocation: sourceLocation)
    }

    private static func strings(_ value: Any) -> [String: String]? {
        (value as? TemplateStrings)?.strings ?? value as? [String: String]
    }
}
