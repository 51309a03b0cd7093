#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A folder that symbolic links must not lead out of: the playbook's root, whose files are the
/// only ones a build may publish.
public struct FolderBoundary: Sendable {
    /// The folder's real path: every link in it followed, `.` and `..` gone.
    public let realPath: String
    private let components: [Substring]

    /// Nil when `folder` does not exist.
    public init?(_ folder: URL) {
        guard let real = Self.realPath(of: folder.path) else { return nil }
        realPath = real
        components = Self.components(of: real)
    }

    /// Where `path` really leads, every link followed; nil when it leads nowhere.
    public static func realPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The text of the symbolic link at `path`, as written (`../../notes.md`); nil when it is
    /// not a link.
    public static func linkText(at path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether the real path `real` is the folder or lies inside it, compared component by
    /// component (`/srv/playbook-old` is not inside `/srv/playbook`).
    public func contains(realPath real: String) -> Bool {
        let parts = Self.components(of: real)
        return parts.count >= components.count && zip(parts, components).allSatisfy { $0 == $1 }
    }

    private static func components(of path: String) -> [Substring] {
        path.split(separator: "/")
    }
}
