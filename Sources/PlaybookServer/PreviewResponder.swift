import Foundation
import Hummingbird
import PlaybookMarkdown

/// Answers every request of the preview: the event stream, the live-reload script, and the
/// files of the site folder (HTML with the script added).
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let folder: SiteFolder
    let hub: EventHub

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let target = request.head.path ?? "/"
        let path = String(target.prefix { $0 != "?" })
        switch path {
        case LiveReloadScript.eventsPath: return await events()
        case LiveReloadScript.path: return body(Data(LiveReloadScript.source.utf8), type: ContentType.forPath("x.js"), request)
        default: break
        }
        switch folder.lookup(target) {
        case .file(let url):
            let type = ContentType.forPath(url.path)
            guard let data = FileManager.default.contents(atPath: url.path) else { return notFound(target, request) }
            return body(type == ContentType.html ? LiveReloadInjector.inject(into: data) : data, type: type, request)
        case .redirect(let location):
            let query = target.dropFirst(path.count)
            return Response(status: .found, headers: [.location: location + query, .cacheControl: "no-store"])
        case .notFound:
            return notFound(target, request)
        }
    }

    /// The theme's 404 page, or a minimal one while the site has none (or no site yet).
    private func notFound(_ target: String, _ request: Request) -> Response {
        let page = folder.notFoundPage(for: target).flatMap { FileManager.default.contents(atPath: $0.path) }
            ?? Data("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
                <body><main><h1>Not found</h1><p>Nothing at <code>\(target.htmlEscaped)</code>.</p></main></body></html>

                """.utf8)
        return body(LiveReloadInjector.inject(into: page), type: ContentType.html, request, status: .notFound)
    }

    private func body(_ data: Data, type: String, _ request: Request, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store", .contentLength: String(data.count)]
        headers[.xContentTypeOptions] = "nosniff"
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        return Response(status: status, headers: headers, body: body)
    }

    private func events() async -> Response {
        let stream = await hub.subscribe()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody { writer in
                for await event in stream { try await writer.write(ByteBuffer(string: event.wireFormat)) }
                try await writer.finish(nil)
            })
    }
}
