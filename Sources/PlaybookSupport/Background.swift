import Foundation
import Synchronization

/// A value worked out on another thread while the caller goes on with other work; `value`
/// waits for it.
public final class Background<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = Mutex<Value?>(nil)

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { [self] in
            let value = work()
            result.withLock { $0 = value }
        }
    }

    /// The value, once the work is over.
    public var value: Value {
        done.wait()
        return result.withLock { $0! }
    }
}
