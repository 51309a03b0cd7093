import Testing
@testable import PlaybookBuild
import PlaybookModel
import Yams

/// `YAMLDocument.isNull` tells a null apart without Yams' `null` rule: it must agree with
/// that rule on every way of writing a value, and so must what `YAMLMapping` reads.
@Suite struct FrontMatterNullTests {
    @Test(arguments: ["null", "~", "", "Null", "NULL", "nULL", "nul", "null x", "\"null\"", "'~'", "!!null x",
                      "!!str null", "! null", "|\n  null", "&a null", "[null]", "none"])
    func nullsAsYamsTagsThem(text: String) throws {
        let yaml = "title: \(text)\n"
        let yams = try #require(try Yams.compose(yaml: yaml, Resolver.basic.appending(.null)))
        let expectedNull = try #require(yams.mapping?["title"]).tag.description == Tag.Name.null.rawValue
        let composed = try YAMLDocument.compose(yaml, file: "a.md", text: SourceText(yaml), lineOffset: 0).get()
        let node = try #require(composed?.mapping?["title"])
        #expect((node.scalar.map(YAMLDocument.isNull) ?? false) == expectedNull)
        var mapping = YAMLMapping(try #require(composed), file: "a.md", text: SourceText(yaml), lineOffset: 0)
        #expect((mapping.string("title") == nil) == (expectedNull || node.scalar == nil))
    }
}
