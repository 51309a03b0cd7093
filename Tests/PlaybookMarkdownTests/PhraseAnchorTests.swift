import Testing
@testable import PlaybookMarkdown

/// A phrase's anchor is its slug cut to 48 characters at a word break; ASCII slugs are cut on
/// bytes, others on characters, by the same rules.
@Suite struct PhraseAnchorTests {
    static let word47 = String(repeating: "a", count: 47)

    @Test(arguments: [
        ("I hear you", "i-hear-you"),
        (String(repeating: "a", count: 48), String(repeating: "a", count: 48)),             // exactly the limit
        (String(repeating: "a", count: 48) + " b", String(repeating: "a", count: 48)),      // a break right after the cut
        ("aaa " + String(repeating: "b", count: 50), "aaa"),                                 // back to the last break
        (String(repeating: "a", count: 60), String(repeating: "a", count: 24)),             // no break: half the limit
        (word47 + "é", word47 + "é"),                                                        // 48 characters, 49 bytes
        ("é" + String(repeating: "a", count: 47) + " b", "é" + word47),                      // non-ASCII: the same rules on characters
        ("éé " + String(repeating: "b", count: 50), "éé"),
        ("é" + String(repeating: "a", count: 60), "é" + String(repeating: "a", count: 23)),
    ])
    func anchorsAreCutAtAWordBreak(text: String, anchor: String) {
        #expect(Conversion.anchor(for: text) == anchor)
    }
}
