import Testing
@testable import PlaybookSupport

/// Task keys hash their parts joined by U+001F; hashing part by part must give the same key.
@Suite struct StableKeyTests {
    @Test func partsHashAsTheirJoinedText() {
        #expect(StableKey.make("when-upset", "Breathe") == StableKey.make("when-upset\u{1F}Breathe"))
        #expect(StableKey.make("", "x") == StableKey.make("\u{1F}x"))
        #expect(StableKey.make("a", "b") != StableKey.make("b", "a"))
        #expect(StableKey.make("共情").count == 16)
    }

    /// Keys name checklist ticks saved in readers' browsers: they must never change. FNV-1a's
    /// published values for "" and "a", and one part that needs leading zeros.
    @Test func keysAreFNV1aInSixteenHexDigits() {
        #expect(StableKey.make("") == "cbf29ce484222325")
        #expect(StableKey.make("a") == "af63dc4c8601ec8c")
        #expect(StableKey.make("foobar") == "85944171f73967e8")
        let short = (0..<5000).lazy.map { StableKey.make(String($0)) }.first { $0.hasPrefix("0") }
        #expect(short?.count == 16)
    }
}
