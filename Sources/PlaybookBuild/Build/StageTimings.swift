import PlaybookModel
import PlaybookSupport

/// How long each stage of a build took, in the order they ran: wall-clock seconds, and the CPU
/// seconds of all the process's threads (which stay comparable on a busy machine, and show how
/// well a stage uses the cores: CPU ÷ wall).
public struct StageTimings: Sendable {
    public struct Stage: Sendable {
        public var name: String
        public var seconds: Double
        public var cpuSeconds: Double
        /// The process's peak resident memory so far, when the stage ended, in MiB: the stage
        /// where it jumps is the one that holds the memory.
        public var peakMiB: Int
    }

    public private(set) var stages: [Stage] = []

    public init() {}

    mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        let startCPU = ProcessUsage.cpuSeconds()
        defer {
            stages.append(Stage(name: name, seconds: (ContinuousClock.now - start).seconds,
                                cpuSeconds: ProcessUsage.cpuSeconds() - startCPU, peakMiB: ProcessUsage.peakMiB()))
        }
        return try body()
    }

    /// Adds the stages of `later`, which ran after these.
    mutating func append(_ later: StageTimings) {
        stages += later.stages
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }
    public var totalCPU: Double { stages.reduce(0) { $0 + $1.cpuSeconds } }
}
