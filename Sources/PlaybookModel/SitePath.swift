import Foundation

/// Output paths inside `site/` and the page-relative URLs between them.
///
/// Every internal URL is relative to the page it is on (mdBook's `path_to_root`), so a
/// built site works at `/`, under any sub-path and from `file://`. Links to a page always
/// name its `index.html`: a directory URL opened from disk shows a folder listing, not the page.
public enum SitePath {
    /// The folder of a page's output, relative to `site/` and ending in `/` (or empty for the
    /// default language's home): `articles/listen/`, `zh/articles/listen/`, `zh/`.
    public static func folder(key: String, language: String, defaultLanguage: String) -> String {
        let prefix = language == defaultLanguage ? "" : "\(language)/"
        return key == "index" ? prefix : "\(prefix)\(key)/"
    }

    /// The folder of a language's root: `` for the default language, `zh/` for others.
    public static func languageRoot(_ language: String, defaultLanguage: String) -> String {
        language == defaultLanguage ? "" : "\(language)/"
    }

    /// `../../` for `articles/listen/`: the way from a folder back to the site root, one `../`
    /// for each of its non-empty parts (counted on UTF-8 bytes: every link of every page asks).
    public static func toRoot(from folder: String) -> String {
        var parts = 0, previous = UInt8(ascii: "/")
        for byte in folder.utf8 {
            if previous == UInt8(ascii: "/"), byte != UInt8(ascii: "/") { parts += 1 }
            previous = byte
        }
        return String(repeating: "../", count: parts)
    }

    /// The URL of `target` (a file path relative to `site/`) as seen from a page in `folder`.
    public static func relative(from folder: String, to target: String) -> String {
        toRoot(from: folder) + encode(target)
    }

    /// Percent-encodes what a URL path cannot hold raw (spaces, `#`, `?`, `;`, non-ASCII), as
    /// `addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)` minus `?#;` would, on
    /// UTF-8 bytes: every page's navigation holds dozens of these URLs, and Foundation's
    /// version goes through `NSString` for each. Read through the string's own buffer, which
    /// is quicker than walking `UTF8View`.
    public static func encode(_ path: String) -> String {
        var text = path
        return text.withUTF8 { bytes in
            guard bytes.contains(where: { !isAllowed($0) }) else { return path }
            let hex = Array("0123456789ABCDEF".utf8)
            var encoded: [UInt8] = []
            encoded.reserveCapacity(bytes.count * 3)
            for byte in bytes {
                if isAllowed(byte) {
                    encoded.append(byte)
                } else {
                    encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
            return String(decoding: encoded, as: UTF8.self)
        }
    }

    /// Letters, digits and `-._~!$&'()*+,=:@/`.
    private static func isAllowed(_ byte: UInt8) -> Bool {
        byte < 128 && allowedASCII[Int(byte)]
    }

    /// A table, not a search of the punctuation's text for every byte: every URL of every page
    /// goes through `encode`.
    private static let allowedASCII: [Bool] = (0..<128).map { code in
        let byte = UInt8(code)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,=:@/".utf8.contains(byte)
        }
    }
}
