/// Splits text into search terms; `theme/search.js` applies the same rules to queries.
///
/// Text is lower-cased, decomposed and stripped of combining accents (`Café` → `cafe`).
/// Letters and digits of space-separated scripts form words (matched by prefix at query
/// time). Chinese, Japanese and Korean characters, which are written without spaces, give
/// every single character and every pair of neighbours (`共情能力` → `共`, `情`, `能`, `力`,
/// `共情`, `情能`, `能力`), so `共情` finds `共情能力` and a query needs no spaces.
public enum SearchTokenizer {
    /// One term of a query or of indexed text.
    public enum Token: Hashable, Sendable {
        case word(String)
        case cjk(String)

        public var term: String {
            switch self {
            case .word(let text), .cjk(let text): text
            }
        }
    }

    /// Lower case, canonical decomposition, nonspacing marks removed; CJK characters are kept
    /// as they are (decomposing would split Hangul syllables and strip the kana voicing marks)
    /// but for compatibility ideographs, which become their unified ones (`unified`).
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var run = ""
        func flush() {
            if run.utf8.allSatisfy({ $0 < 0x80 }) {  // the common case, and much faster
                result.append(contentsOf: run.lowercased().unicodeScalars)
                run = ""
                return
            }
            for scalar in run.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            where scalar.properties.generalCategory != .nonspacingMark {
                result.append(scalar)
            }
            run = ""
        }
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                flush()
                result.append(unified(scalar))
            } else {
                run.unicodeScalars.append(scalar)
            }
        }
        flush()
        return String(result)
    }

    /// The runs of `text`: words, and runs of CJK characters, in order.
    public static func runs(_ text: String) -> [Token] {
        var runs: [Token] = []
        var current = String.UnicodeScalarView()
        var currentIsCJK = false
        func flush() {
            guard !current.isEmpty else { return }
            let run = String(current)
            runs.append(currentIsCJK ? .cjk(run) : .word(run))
            current = String.UnicodeScalarView()
        }
        for scalar in fold(text).unicodeScalars {
            if isCJK(scalar) {
                if !currentIsCJK { flush() }
                currentIsCJK = true
                current.append(scalar)
            } else if isWordCharacter(scalar) {
                if currentIsCJK { flush() }
                currentIsCJK = false
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    /// The terms an index holds for `text`: each word; each CJK character and bigram.
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { terms.append($0) }
        return terms
    }

    /// Calls `body` with each of `text`'s terms, in the order `terms` lists them.
    ///
    /// ASCII words and CJK characters are cut (and lower-cased) on bytes; only a run of other
    /// letters beyond ASCII (`café`, `Σίσυφος`) goes through `runs`.
    /// ASCII spaces and punctuation, General Punctuation and CJK punctuation end a run on either
    /// path, so both give the same terms (a test checks it), and most words never reach the
    /// costly Unicode machinery.
    public static func forEachTerm(in text: String, _ body: (String) -> Void) {
        forEachTermUTF8(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// CJK Compatibility Ideographs and their supplement: duplicates of unified ideographs for
    /// round trips with old character sets (U+F900 stands for U+8C48), most of them canonically
    /// equal to one. Text converted from such a set holds them where a reader types the unified
    /// one (`theme/search.js` unifies queries the same way).
    static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
    }

    /// The unified ideograph a compatibility ideograph stands for (its NFC form; a dozen in the
    /// block are unified ideographs themselves and stay); any other scalar as it is.
    static func unified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard isCompatibilityIdeograph(scalar) else { return scalar }
        let composed = String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars
        return composed.count == 1 ? composed.first! : scalar
    }

    static func forEachTerm(of run: Token, _ body: (String) -> Void) {
        switch run {
        case .word(let word): body(word)
        case .cjk(let characters): forEachTerm(ofCJK: Array(characters.unicodeScalars), body)
        }
    }

    /// Each character of a CJK run, and each pair of neighbours.
    private static func forEachTerm(ofCJK scalars: [Unicode.Scalar], _ body: (String) -> Void) {
        for (index, scalar) in scalars.enumerated() {
            var term = String.UnicodeScalarView([scalar])
            body(String(term))
            if index + 1 < scalars.count {
                term.append(scalars[index + 1])
                body(String(term))
            }
        }
    }

    /// Han (with extensions and compatibility ideographs), kana, bopomofo and Hangul syllables.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3100...0x312F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF,
             0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// Letters, digits and marks (JavaScript's `[\p{L}\p{N}\p{M}]`).
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
