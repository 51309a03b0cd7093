/// Link destinations that must never become live links, whatever the site allows.
enum URLSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"]
    private static let safeDataImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    private static let prefixLength = (dangerousSchemes + safeDataImages).map(\.count).max()!

    static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore ASCII whitespace and control characters inside a scheme. Only the
        // start can match, so only as many characters as the longest prefix are looked at.
        var start = String.UnicodeScalarView()
        start.append(contentsOf: url.unicodeScalars.lazy.filter { $0.value > 0x20 }.prefix(prefixLength))
        let squeezed = String(start).lowercased()
        if safeDataImages.contains(where: squeezed.hasPrefix) { return false }
        return dangerousSchemes.contains(where: squeezed.hasPrefix)
    }
}
