import Foundation

/// Collects what a child process writes to a pipe, on a thread of its own, so a test can
/// look at the output so far without blocking and give up at a deadline.
final class PipeReader: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var ended = false

    init(_ pipe: Pipe) {
        Thread { [self] in
            while case let chunk = pipe.fileHandleForReading.availableData, !chunk.isEmpty {
                lock.withLock { data.append(chunk) }
            }
            lock.withLock { ended = true }
        }.start()
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    func waitForEnd(until deadline: Date) {
        while !lock.withLock({ ended }), Date() < deadline { usleep(10_000) }
    }
}
