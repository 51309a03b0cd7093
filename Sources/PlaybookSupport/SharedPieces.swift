import Foundation

/// Pieces of text two streams have in common (the search index's JSON, written as
/// `search-index.json` and inside `search-index.js`): the first stream to need a piece makes
/// it and spills it to a temporary file, and the other reads it back, waiting while the piece
/// is being made (the writer often writes both files at once, a core each). The JSON is made
/// once, and neither file's text is ever held whole; holding the pieces in memory instead
/// would keep a whole index's text whenever one core writes both.
///
/// `@unchecked Sendable`: its one mutable field, `states`, is read and written only while
/// `condition` is locked, and waiting needs a condition variable, which `Mutex` lacks.
public final class SharedPieces: @unchecked Sendable {
    private enum State {
        case making
        case spilled(SpilledText)
    }

    private let condition = NSCondition()
    private var states: [Int: State] = [:]
    /// Nil when no temporary file can be made: every piece is then made by each stream.
    private let spill = try? SpillFile()

    public init() {}

    /// Piece `number`: read back when the other stream made it, else made by `make`. A piece
    /// that cannot be spilled or read back is made again, so the text is the same either way.
    public func piece(_ number: Int, make: () -> String) -> String {
        condition.lock()
        while case .making = states[number] { condition.wait() }
        if case .spilled(let saved) = states[number] {
            condition.unlock()
            if let text = try? saved.read() { return text }
            return make()
        }
        states[number] = .making
        condition.unlock()
        let text = make()
        let saved = try? spill?.append(text)
        condition.lock()
        states[number] = saved.map(State.spilled)
        condition.broadcast()
        condition.unlock()
        return text
    }
}
