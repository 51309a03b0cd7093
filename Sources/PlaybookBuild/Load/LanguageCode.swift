import PlaybookModel

/// Language codes as used in file names (`listen.zh.md`) and `playbook.yml`.
enum LanguageCode {
    /// `en`, `zh`, `pt-BR`, `zh-Hant`: two or three lower-case letters, optionally a region or script.
    static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { (2...4).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// Whether a code shaped like one (`isValid`) names a language: not a common mix-up, and
    /// when it has two letters, in ISO 639-1 (three-letter codes, of ISO 639-2 and -3, are
    /// taken as they are).
    static func isKnown(_ code: String) -> Bool {
        let primary = code.prefix { $0 != "-" }
        return mixUps[String(primary)] == nil && (primary.count != 2 || iso639_1.contains(primary))
    }

    /// The code meant when `code` is a common mix-up (`cn` → `zh`, `jp-JP` → `ja-JP`).
    static func suggestion(for code: String) -> String? {
        let primary = code.prefix { $0 != "-" }
        return mixUps[String(primary)].map { $0 + code.dropFirst(primary.count) }
    }

    /// Country codes and retired codes often written for a language (`cn` for Chinese), with
    /// the language's code. `ch`, `kr` and `se` also name Chamorro, Kanuri and Northern Sami,
    /// but in a playbook they are nearly always Chinese, Korean and Swedish.
    static let mixUps: [String: String] = [
        "cn": "zh", "ch": "zh", "hk": "zh-Hant", "jp": "ja", "kr": "ko", "gr": "el", "dk": "da",
        "se": "sv", "cz": "cs", "ua": "uk", "vn": "vi", "il": "he", "iw": "he", "in": "id", "ji": "yi", "gb": "en", "us": "en",
    ]

    /// The two-letter codes of ISO 639-1.
    static let iso639_1: Set<Substring> = Set("""
        aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo \
        es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka \
        kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng \
        nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su \
        sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.split(separator: " "))
}
