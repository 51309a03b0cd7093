import Foundation
import PlaybookModel

/// One Server-Sent Event to the open pages.
public enum ServerEvent: Sendable, Equatable {
    /// Sent first on every connection: the server's current site version. A page that sees a
    /// different version after reconnecting (a restarted server, a missed rebuild) reloads.
    case hello(version: String)
    /// A rebuild has finished writing: reload.
    case reload(version: String)
    /// A rebuild failed: the diagnostics, for the overlay; the last good site is still served.
    case buildFailed([Diagnostic])
    /// A comment that keeps proxies from closing the connection and finds dead clients.
    case keepAlive

    public var name: String {
        switch self {
        case .hello: "hello"
        case .reload: "reload"
        case .buildFailed: "build-failed"
        case .keepAlive: ""
        }
    }

    /// The event in the `text/event-stream` wire format.
    public var wireFormat: String {
        switch self {
        // `retry`: a browser that lost the server tries again after a second, not the default three.
        case .hello(let version): return "retry: 1000\nevent: \(name)\ndata: \(version)\n\n"
        case .reload(let version): return "event: \(name)\ndata: \(version)\n\n"
        case .buildFailed(let diagnostics):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let json = (try? encoder.encode(diagnostics)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
            return "event: \(name)\ndata: \(json)\n\n"  // JSON has no raw newlines: one data line
        case .keepAlive: return ": keep-alive\n\n"
        }
    }
}
