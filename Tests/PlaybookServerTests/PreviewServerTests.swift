import Foundation
import Testing
@testable import PlaybookServer

/// Starts the real server on a free port of 127.0.0.1 over a small playbook in a temporary
/// folder, and talks to it over TCP like a browser would. Every wait has a deadline.
@Suite struct PreviewServerTests {
    static let page = """
        ---
        title: Listen
        ---

        First version of the page.

        """

    @Test func atomicSaveRebuildsThenSendsReloadAndAFailedBuildSendsItsDiagnostics() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("playbook.yml", "title: Test playbook\nlanguages: [en]\n")
        try folder.write("content/articles/listen.md", Self.page)

        try await Self.withServer(PreviewServer(root: folder.url, port: 0, stopsOnSignals: false)) { port in
            let first = try await RawHTTPConnection.get("/articles/listen/index.html", port: port)
            #expect(first.status == 200)
            #expect(first.headers["content-type"] == "text/html; charset=utf-8")
            #expect(first.body.contains("First version of the page."))
            #expect(first.body.contains("<script src=\"/__playbook/live-reload.js\"></script></body>"))

            let events = try RawHTTPConnection(port: port)
            events.send("GET /__playbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let hello = await events.read { Self.count("event: hello", in: $0) == 1 }
            #expect(String(decoding: hello, as: UTF8.self).contains("text/event-stream"))

            try folder.atomicSave("content/articles/listen.md", Self.page.replacingOccurrences(of: "First", with: "Second"))
            let reloaded = await events.read { Self.count("event: reload", in: $0) == 1 }
            #expect(Self.count("event: reload", in: reloaded) == 1)
            let second = try await RawHTTPConnection.get("/articles/listen/index.html", port: port)
            #expect(second.body.contains("Second version of the page."))

            try folder.atomicSave("content/articles/listen.md", Self.page + "See [the missing page](missing.md).\n")
            let failed = String(decoding: await events.read { Self.count("event: build-failed", in: $0) == 1 }, as: UTF8.self)
            let failure = try #require(failed.components(separatedBy: "event: build-failed\ndata: ").last?.components(separatedBy: "\n").first)
            let diagnostics = try #require(try JSONSerialization.jsonObject(with: Data(failure.utf8)) as? [[String: Any]])
            let location = try #require(diagnostics.first?["location"] as? [String: Any])
            #expect(location["file"] as? String == "content/articles/listen.md")
            #expect(location["line"] as? Int == 6)
            #expect(diagnostics.first?["severity"] as? String == "error")
            #expect(diagnostics.first?["sourceLine"] as? String == "See [the missing page](missing.md).")
            let stillGood = try await RawHTTPConnection.get("/articles/listen/index.html", port: port)
            #expect(stillGood.body.contains("Second version of the page."))

            try folder.atomicSave("content/articles/listen.md", Self.page.replacingOccurrences(of: "First", with: "Fixed"))
            let fixed = await events.read { Self.count("event: reload", in: $0) == 2 }
            #expect(Self.count("event: reload", in: fixed) == 2)
            #expect(try await RawHTTPConnection.get("/articles/listen/index.html", port: port).body.contains("Fixed version of the page."))
        }
    }

    @Test func missingPathsGetA404PageWithTheScriptAndDirectoriesRedirect() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("playbook.yml", "title: Test playbook\nlanguages: [en]\n")
        try folder.write("content/articles/listen.md", Self.page)
        try folder.write("content/articles/unfinished.md", "---\ntitle: Unfinished\ndraft: true\n---\n\nSoon.\n")
        try await Self.withServer(PreviewServer(root: folder.url, port: 0, stopsOnSignals: false)) { port in
            for target in ["/nothing-here/", "/../playbook.yml", "/%2e%2e/playbook.yml", "/articles%2f..%2f..%2fplaybook.yml"] {
                let response = try await RawHTTPConnection.get(target, port: port)
                #expect(response.status == 404, "\(target)")
                #expect(!response.body.contains("Test playbook\nlanguages"), "\(target)")
            }
            let missing = try await RawHTTPConnection.get("/<script>alert(1)</script>", port: port)
            #expect(missing.status == 404)
            #expect(!missing.body.contains("<script>alert(1)"))
            #expect(missing.body.contains("/__playbook/live-reload.js"))

            let draft = try await RawHTTPConnection.get("/articles/unfinished/index.html", port: port)
            #expect(draft.status == 200)
            #expect(draft.body.contains("<span class=\"badge draft\">Draft</span>"))

            let redirect = try await RawHTTPConnection.get("/articles/listen", port: port)
            #expect(redirect.status == 302)
            #expect(redirect.headers["location"] == "/articles/listen/")
            let script = try await RawHTTPConnection.get("/__playbook/live-reload.js", port: port)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.body.contains("EventSource"))
        }
    }

    /// Runs the server while `body` talks to it, then stops it and waits (bounded) until it has
    /// removed its temporary folder.
    static func withServer(_ server: PreviewServer, _ body: (Int) async throws -> Void) async throws {
        let (reports, reporter) = AsyncStream<PreviewReport>.makeStream()
        let running = Task { try await server.run { reporter.yield($0) } }
        defer { running.cancel() }
        do {
            let port = try #require(await port(from: reports))
            try await body(port)
        } catch {
            await stop(running)
            throw error
        }
        await stop(running)
    }

    static func stop(_ running: Task<Void, any Error>) async {
        running.cancel()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { _ = await running.result }
            group.addTask { try? await Task.sleep(for: .seconds(30)) }
            await group.next()
            group.cancelAll()
        }
    }

    static func port(from reports: AsyncStream<PreviewReport>) async -> Int? {
        await withTaskGroup(of: Int?.self) { group in
            group.addTask {
                for await report in reports {
                    if case .serving(let url) = report { return URLComponents(string: url)?.port }
                }
                return nil
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(60))
                return nil
            }
            let port = await group.next() ?? nil
            group.cancelAll()
            return port
        }
    }

    static func count(_ needle: String, in data: Data) -> Int {
        String(decoding: data, as: UTF8.self).components(separatedBy: needle).count - 1
    }
}
