import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map` over every core, with results in the order of the input whatever the scheduling.
    /// The array is cut into a few contiguous chunks per core so uneven items even out.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let chunkCount = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let chunkSize = (count + chunkCount - 1) / chunkCount
        let slots = Mutex<[[T]]>(Array<[T]>(repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = Swift.min(chunk * chunkSize, count)..<Swift.min((chunk + 1) * chunkSize, count)
            let results = self[range].map(transform)
            slots.withLock { $0[chunk] = results }
        }
        return slots.withLock { $0.flatMap { $0 } }
    }
}
