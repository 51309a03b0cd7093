/// Why the preview server could not start.
public enum PreviewServerError: Error, CustomStringConvertible {
    case noFreePort(host: String, from: Int)
    case noScratchFolder

    public var description: String {
        switch self {
        case .noFreePort(let host, let port):
            "ports \(port)–\(port + 9) on \(host) are all in use (or \(host) is not an address of this machine); pass --port PORT"
        case .noScratchFolder:
            "cannot create a temporary folder for the preview site"
        }
    }
}
