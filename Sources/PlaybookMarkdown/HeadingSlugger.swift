/// Turns heading text into ids that keep letters of any script and are unique in one document.
///
/// `Listen, recall & express` → `listen-recall-express`; `倾听与回应` → `倾听与回应`; a second
/// `Notes` on the same page → `notes-2`.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init(reserved: [String] = []) {
        for id in reserved { used[id] = 1 }
    }

    public mutating func uniqueSlug(for text: String) -> String {
        uniqueSlug(reserving: Self.slug(text))
    }

    /// `base`, already a slug, or the first numbered form of it not used yet.
    public mutating func uniqueSlug(reserving base: String) -> String {
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        var n = count + 1
        while used["\(base)-\(n)"] != nil { n += 1 }
        used[base] = n
        used["\(base)-\(n)"] = 1
        return "\(base)-\(n)"
    }

    public static func slug(_ text: String) -> String {
        asciiSlug(text) ?? unicodeSlug(text)
    }

    static func unicodeSlug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType == .decimal || scalar == "_" {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else if properties.isWhitespace || scalar == "-" {
                pendingDash = true
            } else if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                // Combining marks belong to the letter before them (Devanagari, Thai, …).
                if !result.isEmpty { result.unicodeScalars.append(scalar) }
            }
        }
        return result.isEmpty ? "section" : result
    }

    /// `slug` for ASCII text, over bytes: the same slug without looking up Unicode properties,
    /// which are costly, and every heading and phrase is slugged. Nil for other text.
    static func asciiSlug(_ text: String) -> String? {
        var text = text
        let slug = text.withUTF8 { source in
            // A slug is never longer than its text, but `"!!!"` gives `"section"`.
            String(unsafeUninitializedCapacity: max(source.count, 7)) { slug in
                var count = 0
                var pendingDash = false
                for byte in source {
                    let kept: UInt8
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): kept = byte
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept = byte + 32
                    case UInt8(ascii: " "), UInt8(ascii: "-"), 0x09...0x0D: pendingDash = true; continue
                    case 0x80...: return 0  // not ASCII: the Unicode path
                    default: continue
                    }
                    if pendingDash && count > 0 {
                        slug[count] = UInt8(ascii: "-")
                        count += 1
                    }
                    pendingDash = false
                    slug[count] = kept
                    count += 1
                }
                if count == 0 { return slug.initialize(fromContentsOf: "section".utf8) }
                return count
            }
        }
        // Only other text gives nothing: ASCII text gives at least "section".
        return slug.isEmpty ? nil : slug
    }
}
