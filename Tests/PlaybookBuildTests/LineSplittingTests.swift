import Testing
@testable import PlaybookBuild
import PlaybookFixtures
import PlaybookModel
import PlaybookSupport

/// Front matter and diagnostic lines are found on UTF-8 bytes; these pin what the old
/// `Character`-based splitting gave.
struct LineSplittingTests {
    @Test func frontMatterAndBodyWithTheirLines() throws {
        let split = try FrontMatterSplitter.split("---\ntitle: 倾听\ntags: [a]\n---  \n## 倾听\n\nText\n").get()
        #expect(split.yaml == "title: 倾听\ntags: [a]")
        #expect(split.yamlStartLine == 2)
        #expect(split.body == "## 倾听\n\nText\n")
        #expect(split.bodyStartLine == 5)
    }

    @Test func emptyFrontMatterAndEmptyBody() throws {
        let empty = try FrontMatterSplitter.split("---\n---\nBody").get()
        #expect(empty.yaml == "" && empty.body == "Body" && empty.bodyStartLine == 3)
        let noBody = try FrontMatterSplitter.split("---\ntitle: x\n...").get()
        #expect(noBody.yaml == "title: x" && noBody.body == "" && noBody.bodyStartLine == 4)
    }

    @Test func noFrontMatterAndAnUnclosedOne() throws {
        #expect(try FrontMatterSplitter.split("# Title\n---\n").get().body == "# Title\n---\n")
        #expect(throws: FrontMatterSplitter.Failure.self) { try FrontMatterSplitter.split("---\ntitle: x\n").get() }
        #expect(throws: FrontMatterSplitter.Failure.self) { try FrontMatterSplitter.split("---").get() }
    }

    @Test func sourceLinesWithoutTheirLineEnds() {
        let text = SourceText("one\r\n二 ✓\n\nlast")
        #expect(text.line(1) == "one")
        #expect(text.line(2) == "二 ✓")
        #expect(text.line(3) == "")
        #expect(text.line(4) == "last")
        #expect(text.line(0) == nil && text.line(5) == nil)
    }
}
