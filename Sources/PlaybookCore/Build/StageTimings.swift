/// How long each stage of a build took, in seconds, in the order they ran.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        return try body()
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }
}
