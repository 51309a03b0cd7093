import Testing
@testable import PlaybookSupport

/// A value is looked up first among this build's; one from the last build is carried over.
@Suite struct MemoTests {
    @Test func aValueRememberedInThisBuildWinsOverTheLastBuilds() {
        let memo = Memo<String, Int>()
        memo.begin(context: "c")
        memo.remember(1, for: "a")
        memo.finishBuild()
        memo.begin(context: "c")
        #expect(memo.cached("a") == 1)
        memo.remember(2, for: "a")
        #expect(memo.cached("a") == 2)
        #expect(memo.value(for: "b") { 3 } == 3)
        #expect(memo.value(for: "b") { 4 } == 3)
        memo.finishBuild()
        memo.begin(context: "c")
        #expect(memo.cached("a") == 2)
        memo.begin(context: "other")
        #expect(memo.cached("a") == nil)
    }

    /// A value not used in a build is not carried into the next one.
    @Test func onlyTheValuesABuildUsedAreKept() {
        let memo = Memo<String, Int>()
        memo.begin(context: "c")
        memo.remember(1, for: "a")
        memo.remember(2, for: "b")
        memo.finishBuild()
        memo.begin(context: "c")
        #expect(memo.cached("a") == 1)
        memo.finishBuild()
        memo.begin(context: "c")
        #expect(memo.cached("a") == 1)
        #expect(memo.cached("b") == nil)
    }
}
