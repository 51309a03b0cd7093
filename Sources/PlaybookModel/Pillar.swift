/// One of the four HAND pillars.
public enum Pillar: String, CaseIterable, Sendable, Comparable {
    case humanized
    case aligned
    case nimble
    case dataBacked = "data-backed"

    /// The source file of the pillar's introduction: `content/pillars/<slug>.md`.
    public var slug: String { rawValue }

    public static func < (lhs: Pillar, rhs: Pillar) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
