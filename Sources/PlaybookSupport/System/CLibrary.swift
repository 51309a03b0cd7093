#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's calls whose names types of this module also use (`FileCalls.rename`),
/// called through the library's own module on each platform.
enum CLibrary {
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    static func rename(_ path: String, _ target: String) -> Int32 {
        #if canImport(Glibc)
        Glibc.rename(path, target)
        #else
        Darwin.rename(path, target)
        #endif
    }
}
