import Foundation
import Testing
@testable import PlaybookModel

struct SitePathTests {
    /// The byte-level encoder gives what Foundation's would, for every ASCII character and
    /// for Chinese, accented and emoji paths.
    @Test func encodesLikeFoundationsURLPathEncoding() {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#;")
        let ascii = String((1...127).map { Character(Unicode.Scalar(UInt8($0))) })
        for path in [ascii, "articles/listen/index.html", "zh/articles/倾听/index.html", "cases/café au lait/index.html",
                     "tags/c#/index.html", "a?b;c%d/index.html", "emoji/🙂/index.html", ""] {
            #expect(SitePath.encode(path) == path.addingPercentEncoding(withAllowedCharacters: allowed), "\(path)")
        }
    }

    @Test func relativeURLsClimbToTheRootThenEncodeTheTarget() {
        #expect(SitePath.relative(from: "zh/articles/listen/", to: "zh/tags/共情/index.html")
            == "../../../zh/tags/%E5%85%B1%E6%83%85/index.html")
        #expect(SitePath.relative(from: "", to: "articles/index.html") == "articles/index.html")
    }
}
