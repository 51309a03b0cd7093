import Synchronization
import Testing
@testable import PlaybookSupport

@Suite struct SharedPiecesTests {
    /// A piece is made by the first stream that needs it; the other gets the same text back.
    @Test func eachPieceIsMadeOnceAndReadBackAfter() {
        let shared = SharedPieces()
        var made: [Int] = []
        let texts = [0, 1, 0, 1, 2].map { number in
            shared.piece(number) {
                made.append(number)
                return "piece \(number) 共情 " + String(repeating: "x", count: number * 1000)
            }
        }
        #expect(made == [0, 1, 2])
        #expect(texts[2] == texts[0] && texts[3] == texts[1])
        #expect(texts[4] == "piece 2 共情 " + String(repeating: "x", count: 2000))
    }

    /// Two streams on two cores at once (as the writer runs the JSON and the script) still
    /// make each piece once: the second waits for the piece rather than making it again.
    @Test func streamsOnEveryCoreStillMakeEachPieceOnce() {
        let shared = SharedPieces()
        let made = Mutex(0)
        let streams = Array(0..<4).concurrentMap { _ in
            Array(0..<200).concurrentMap { number in
                shared.piece(number) {
                    made.withLock { $0 += 1 }
                    return String(repeating: "\(number % 10)", count: 500)
                }
            }
        }
        #expect(made.withLock { $0 } == 200)
        #expect(streams.allSatisfy { $0 == streams[0] })
        #expect(streams[0][7] == String(repeating: "7", count: 500))
    }
}
