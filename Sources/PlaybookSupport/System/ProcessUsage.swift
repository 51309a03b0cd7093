#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the operating system tells about this process: its CPU time, its peak memory and the
/// file of its executable.
public enum ProcessUsage {
    /// User and system time of every thread of the process so far.
    public static func cpuSeconds() -> Double {
        let usage = current()
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's peak resident memory so far, in MiB.
    public static func peakMiB() -> Int {
        #if os(Linux)
        current().ru_maxrss / 1024  // KiB on Linux
        #else
        current().ru_maxrss / (1024 * 1024)  // bytes on Darwin
        #endif
    }

    /// The path of the running executable, links resolved.
    public static func executablePath() -> String {
        #if os(Linux)
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        #else
        (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().path
        #endif
    }

    private static func current() -> rusage {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage
    }
}
