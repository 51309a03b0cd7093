import Testing
@testable import PlaybookMarkdown

/// Task keys hash their parts joined by U+001F; hashing part by part must give the same key.
@Suite struct StableKeyTests {
    @Test func partsHashAsTheirJoinedText() {
        #expect(StableKey.make("when-upset", "Breathe") == StableKey.make("when-upset\u{1F}Breathe"))
        #expect(StableKey.make("", "x") == StableKey.make("\u{1F}x"))
        #expect(StableKey.make("a", "b") != StableKey.make("b", "a"))
        #expect(StableKey.make("共情").count == 16)
    }
}
