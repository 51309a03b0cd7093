import Foundation

/// How the cache frames a file's payload on disk: a magic that names the file's kind and
/// format, the payload's checksum as hexadecimal digits, then the payload. A file that does
/// not start with the magic or whose checksum does not match is not read.
struct ChecksummedFile: Sendable {
    let magic: [UInt8]

    init(magic: String) {
        self.magic = Array(magic.utf8)
    }

    /// A page's entry (`CachedPage.payload`).
    static let entry = ChecksummedFile(magic: "PBCACHE4")

    /// The file's bytes for `payload`.
    func bytes(of payload: [UInt8]) -> [UInt8] {
        var digest = ContentDigest()
        payload.withUnsafeBytes { digest.add($0) }
        return magic + Array(digest.description.utf8) + payload
    }

    /// `read` of the file's payload, when `data` starts with the magic and its checksum matches.
    func withPayload<Result>(of data: Data, _ read: (UnsafeRawBufferPointer) -> Result?) -> Result? {
        data.withUnsafeBytes { bytes in
            let header = magic.count + 32
            guard bytes.count >= header, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: bytes[header...])
            var digest = ContentDigest()
            digest.add(payload)
            guard bytes[magic.count..<header].elementsEqual(digest.description.utf8) else { return nil }
            return read(payload)
        }
    }
}
