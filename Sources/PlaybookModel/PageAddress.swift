/// One language version of one page: the translation key and the language.
public struct PageAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var key: String
    public var language: String

    public init(key: String, language: String) {
        self.key = key
        self.language = language
    }

    public var description: String { "\(key) (\(language))" }

    public static func < (lhs: PageAddress, rhs: PageAddress) -> Bool {
        (lhs.key, lhs.language) < (rhs.key, rhs.language)
    }
}
