import Mustache

/// Turns a view struct into nested dictionaries and arrays before Mustache renders it.
///
/// swift-mustache finds a name in a struct with `Mirror`, which reflects *every* stored
/// property on *every* lookup, and a lookup that misses walks up the context stack reflecting
/// each level again: on a 10,000-page site that was most of the build. Reflecting each view
/// once here and handing Mustache `[String: Any]` (which it reads with a hash lookup) gives the
/// same output: the same stored properties, `nil` optionals left out as Mirror reports them,
/// strings as `TemplateText`.
enum MustacheTree {
    static func flatten(_ value: Any) -> Any? {
        switch value {
        case let string as String:
            return string.forTemplate
        case is Bool, is Int, is Double:
            return value
        case is MustacheParent:
            // Dictionaries, and views that answer lookups themselves (`EntryView`).
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { flatten($0.value) }
        case .struct:
            return fields(of: mirror)
        case .collection:
            return mirror.children.compactMap { flatten($0.value) }
        default:
            return value
        }
    }

    private static func fields(of mirror: Mirror) -> [String: Any] {
        var fields: [String: Any] = [:]
        fields.reserveCapacity(Int(mirror.children.count))
        for child in mirror.children {
            guard let label = child.label, let field = flatten(child.value) else { continue }
            fields[label] = field
        }
        return fields
    }
}
