/// Link destinations that must never become live links, whatever the site allows.
enum URLSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"].map { Array($0.utf8) }
    private static let safeDataImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].map { Array($0.utf8) }
    private static let prefixLength = (dangerousSchemes + safeDataImages).map(\.count).max()!

    /// Compared on bytes, as browsers read a scheme: on code points, not on `Character`s, for
    /// which `javascript:` followed by a combining mark does not start with `javascript:`.
    static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore ASCII whitespace and control characters inside a scheme, and ASCII
        // letters' case. Only the start can match, so no more bytes are looked at.
        var start: [UInt8] = []
        start.reserveCapacity(prefixLength)
        for byte in url.utf8 where byte > 0x20 {
            start.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            if start.count == prefixLength { break }
        }
        if safeDataImages.contains(where: start.starts(with:)) { return false }
        return dangerousSchemes.contains(where: start.starts(with:))
    }
}
