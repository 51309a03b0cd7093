import Synchronization

/// A value made for a known number of uses by whichever use comes first (the others wait for
/// it), and let go after the last, so that it is not held while the rest of the site is
/// written. A use past the last makes it again.
final class SharedResult<Value: Sendable>: Sendable {
    private struct State {
        var value: Value?
        var usesLeft: Int
    }

    private let state: Mutex<State>
    private let uses: Int
    private let make: @Sendable () -> Value

    init(uses: Int, _ make: @escaping @Sendable () -> Value) {
        self.uses = uses
        self.make = make
        state = Mutex(State(value: nil, usesLeft: uses))
    }

    func take() -> Value {
        state.withLock { state in
            let value = state.value ?? make()
            if state.usesLeft == 0 { state.usesLeft = uses }
            state.usesLeft -= 1
            state.value = state.usesLeft > 0 ? value : nil
            return value
        }
    }
}
