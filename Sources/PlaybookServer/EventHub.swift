import PlaybookModel

/// Fans server events out to every open page, and tells a page that connects what it missed.
public actor EventHub {
    private var clients: [Int: AsyncStream<ServerEvent>.Continuation] = [:]
    private var nextID = 0
    private var version: String
    private var failure: [Diagnostic]?
    private var closed = false

    public init(version: String) {
        self.version = version
    }

    /// A stream that starts with `hello` (and the current failure, if the last build failed).
    public func subscribe() -> AsyncStream<ServerEvent> {
        let (stream, continuation) = AsyncStream<ServerEvent>.makeStream(bufferingPolicy: .bufferingNewest(16))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        clients[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(.hello(version: version))
        if let failure { continuation.yield(.buildFailed(failure)) }
        return stream
    }

    public func buildSucceeded(version: String) {
        self.version = version
        failure = nil
        broadcast(.reload(version: version))
    }

    public func buildFailed(_ diagnostics: [Diagnostic]) {
        failure = diagnostics
        broadcast(.buildFailed(diagnostics))
    }

    public func keepAlive() {
        broadcast(.keepAlive)
    }

    /// Ends every stream, so a graceful shutdown does not wait on open pages.
    public func close() {
        closed = true
        for continuation in clients.values { continuation.finish() }
        clients = [:]
    }

    private func broadcast(_ event: ServerEvent) {
        for continuation in clients.values { continuation.yield(event) }
    }

    private func remove(_ id: Int) {
        clients[id] = nil
    }
}
