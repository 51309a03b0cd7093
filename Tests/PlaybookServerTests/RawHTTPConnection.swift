import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to the test server, so tests send request targets exactly as
/// written (`/%2e%2e/`, `//etc/passwd`) and read an event stream as it arrives. Every read
/// has a deadline, and blocking calls run on their own thread, off Swift's shared pool.
final class RawHTTPConnection: @unchecked Sendable {
    private let fd: Int32
    private var received = Data()

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `done` holds for what has arrived, the peer closes, or the deadline passes.
    func read(until done: @escaping @Sendable (Data) -> Bool, timeout: Duration = .seconds(20)) async -> Data {
        await withCheckedContinuation { continuation in
            Thread {
                let deadline = ContinuousClock.now + timeout
                var buffer = [UInt8](repeating: 0, count: 65536)
                while !done(self.received), ContinuousClock.now < deadline {
                    let count = recv(self.fd, &buffer, buffer.count, 0)
                    if count == 0 { break }
                    if count > 0 { self.received.append(contentsOf: buffer[0..<count]) }
                }
                continuation.resume(returning: self.received)
            }.start()
        }
    }

    /// One request with `Connection: close`; the whole response.
    static func get(_ target: String, port: Int) async throws -> HTTPTestResponse {
        let connection = try RawHTTPConnection(port: port)
        connection.send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return HTTPTestResponse(await connection.read { _ in false })
    }
}

/// A response as read off the wire: status, headers (lower-cased names), body.
struct HTTPTestResponse: Sendable {
    var status = 0
    var headers: [String: String] = [:]
    var body = ""

    init(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        body = String(text[split.upperBound...])
    }
}
