/// Link destinations that must never become live links, whatever the site allows.
enum URLSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"]
    private static let safeDataImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore ASCII whitespace and control characters inside a scheme.
        let squeezed = String(url.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        if safeDataImages.contains(where: squeezed.hasPrefix) { return false }
        return dangerousSchemes.contains(where: squeezed.hasPrefix)
    }
}
