public enum Severity: String, Sendable, Hashable, Comparable, Encodable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}
