import Synchronization

/// Results by input for one kind of work, valid under one context.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var context: AnyHashableSendable?
        var previous: [Key: Value] = [:]
        var current: [Key: Value] = [:]
        /// Whether this build got as far as using the memo; if not, its entries are kept.
        var isInUse = false
    }

    private let state = Mutex(State())

    public init() {}

    /// Starts a build's use of the memo under `context`; a different context than last
    /// time empties it.
    public func begin(context: some Hashable & Sendable) {
        state.withLock { state in
            let context = AnyHashableSendable(context)
            if state.context != context { state.previous = [:] }
            state.context = context
            state.current = [:]
            state.isInUse = true
        }
    }

    /// The result for `key` from the last build or this one, or `make()`'s, remembered.
    public func value(for key: Key, make: () -> Value) -> Value {
        if let known = cached(key) { return known }
        let made = make()
        remember(made, for: key)
        return made
    }

    /// The result for `key` from the last build or this one, kept for the next build.
    public func cached(_ key: Key) -> Value? {
        state.withLock { state in
            // Already used in this build: one look-up, no write.
            if let value = state.current[key] { return value }
            guard let value = state.previous[key] else { return nil }
            state.current[key] = value
            return value
        }
    }

    public func remember(_ value: Value, for key: Key) {
        state.withLock { $0.current[key] = value }
    }

    public func finishBuild() {
        state.withLock { state in
            guard state.isInUse else { return }
            state.previous = state.current
            state.current = [:]
            state.isInUse = false
        }
    }
}

/// A type-erased hashable context that stays `Sendable`.
public struct AnyHashableSendable: Hashable, @unchecked Sendable {
    // `@unchecked`: `AnyHashable` is not `Sendable`, but `init` only ever wraps `Sendable` values.
    private let value: AnyHashable

    public init(_ value: some Hashable & Sendable) {
        self.value = AnyHashable(value)
    }
}
