import Foundation
import PlaybookBuild
import PlaybookModel
import Testing
@testable import PlaybookServer

@Suite struct LiveReloadTests {
    @Test func scriptGoesBeforeTheLastBodyEndTag() {
        let html = "<html><body><p>&lt;/body&gt;</p></body></html>"
        let injected = String(decoding: LiveReloadInjector.inject(into: Data(html.utf8)), as: UTF8.self)
        #expect(injected == "<html><body><p>&lt;/body&gt;</p><script src=\"/__playbook/live-reload.js\"></script></body></html>")
    }

    @Test func pageWithoutBodyEndTagGetsTheScriptAtTheEnd() {
        let injected = String(decoding: LiveReloadInjector.inject(into: Data("<p>hi".utf8)), as: UTF8.self)
        #expect(injected == "<p>hi<script src=\"/__playbook/live-reload.js\"></script>")
    }

    @Test func buildFailedEventCarriesTheDiagnosticsAsOneJSONLine() {
        let diagnostic = Diagnostic(.error, "link target 'recal.md' does not exist",
                                    at: SourceLocation(file: "content/cases/a.md", line: 7, column: 12),
                                    sourceLine: "See how we [recall](recal.md).", notes: ["did you mean 'recall.md'?"])
        #expect(ServerEvent.buildFailed([diagnostic]).wireFormat == """
            event: build-failed
            data: [{"location":{"column":12,"file":"content/cases/a.md","line":7},"message":"link target 'recal.md' does not exist",\
            "notes":["did you mean 'recall.md'?"],"severity":"error","sourceLine":"See how we [recall](recal.md)."}]


            """)
    }

    @Test func hubGreetsNewPagesWithTheVersionAndTheCurrentFailure() async {
        let hub = EventHub(version: "v0")
        await hub.buildFailed([.error("boom")])
        var events = await hub.subscribe().makeAsyncIterator()
        #expect(await events.next() == .hello(version: "v0"))
        #expect(await events.next() == .buildFailed([.error("boom")]))
        await hub.buildSucceeded(version: "v1")
        #expect(await events.next() == .reload(version: "v1"))
        await hub.close()
        #expect(await events.next() == nil)
    }
}
