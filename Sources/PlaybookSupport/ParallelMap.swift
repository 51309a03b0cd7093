import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map` over every core, with results in the order of the input whatever the scheduling.
    ///
    /// Each core takes the next small batch of items as it finishes one, so a few slow items
    /// (a large handbook among the pages) occupy one core while the others go on, instead of
    /// holding up whichever fixed share of the array they fell into.
    ///
    /// The build's one way to use every core. It blocks its caller, so it must not run on
    /// Swift's cooperative pool (`DedicatedThread`).
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let batchSize = Swift.max(1, count / (cores * 256))
        let batchCount = (count + batchSize - 1) / batchSize
        let next = Atomic(0)
        let batches = Mutex<[Int: [T]]>([:])
        DispatchQueue.concurrentPerform(iterations: Swift.min(cores, batchCount)) { _ in
            while true {
                let batch = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard batch < batchCount else { return }
                let range = (batch * batchSize)..<Swift.min((batch + 1) * batchSize, count)
                let results = self[range].map(transform)
                batches.withLock { $0[batch] = results }
            }
        }
        return batches.withLock { done in (0..<batchCount).flatMap { done[$0]! } }
    }
}
