#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        let startCPU = Self.processCPUSeconds()
        defer {
            let elapsed = ContinuousClock.now - start
            stages.append(Stage(name: name, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                                cpuSeconds: Self.processCPUSeconds() - startCPU, peakMiB: Self.peakMiB()))
        }
        return try body()
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }
    public var totalCPU: Double { stages.reduce(0) { $0 + $1.cpuSeconds } }

    /// `ru_maxrss` (KiB on Linux) in MiB.
    static func peakMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// User + system time of every thread of the process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
