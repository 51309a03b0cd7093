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
    /// ASCII words are cut and lower-cased on bytes; only a stretch of letters that holds
    /// other characters (`café`, `共情能力`, `HAND支柱`) goes through `runs`. ASCII spaces and
    /// punctuation and General Punctuation end a run on either path, so both give the same
    /// terms (a test checks it), and most words never reach the costly Unicode machinery.
    public static func forEachTerm(in text: String, _ body: (String) -> Void) {
        forEachTermUTF8(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// `forEachTerm(in:_:)` with each term as its UTF-8 bytes, valid only during the call:
    /// an ASCII word is lower-cased into a scratch buffer and never becomes a `String`.
    static func forEachTermUTF8(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let separator = separatorLength(bytes, at: index)
                guard separator == 0 else { index += separator; continue }
                let start = index
                var ascii = true
                while index < bytes.count, separatorLength(bytes, at: index) == 0 {
                    if bytes[index] >= 0x80 { ascii = false }
                    index += 1
                }
                let stretch = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if ascii {
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stretch.count) { buffer in
                        for (offset, byte) in stretch.enumerated() {
                            buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                        }
                        body(UnsafeBufferPointer(buffer))
                    }
                } else {
                    forEachTermUTF8(inMixed: stretch, body)
                }
            }
        }
    }

    /// The terms of a stretch of UTF-8 holding characters beyond ASCII. Runs of CJK characters
    /// give their characters and pairs straight away, as UTF-8 (`fold` keeps them as they are
    /// but for compatibility ideographs, and they end any other run); only the rest goes
    /// through `runs`.
    private static func forEachTermUTF8(inMixed bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var cjk: [UInt8] = []  // the current CJK run, with a dropped mark's neighbours side by side
        var cjkEnds: [Int] = []  // where each of its characters ends in `cjk`
        var other = String.UnicodeScalarView()
        func flushOther() {
            guard !other.isEmpty else { return }
            for run in runs(String(other)) {
                forEachTerm(of: run) { term in
                    var term = term
                    term.withUTF8(body)
                }
            }
            other = String.UnicodeScalarView()
        }
        func flushCJK() {
            guard !cjkEnds.isEmpty else { return }
            cjk.withUnsafeBufferPointer { forEachTerm(ofCJK: $0, ends: cjkEnds, body) }
            cjk.removeAll(keepingCapacity: true)
            cjkEnds.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            let (scalar, length) = decodeScalar(bytes, at: index)
            if isCJK(scalar) {
                flushOther()
                if isCompatibilityIdeograph(scalar) {
                    cjk += String(unified(scalar)).utf8
                } else {
                    cjk += UnsafeBufferPointer(rebasing: bytes[index..<index + length])
                }
                cjkEnds.append(cjk.count)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                flushCJK()
                other.append(scalar)
            }  // else `fold` drops it, so it parts nothing (`共\u{301}情` holds `共情`)
            index += length
        }
        flushOther()
        flushCJK()
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

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8, and its length in bytes.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let (length, bits): (Int, UInt32) = switch lead {
        case ..<0x80: (1, lead)
        case ..<0xE0: (2, lead & 0x1F)
        case ..<0xF0: (3, lead & 0x0F)
        default: (4, lead & 0x07)
        }
        var value = bits
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value)!, length)
    }

    /// Each character of a CJK run (its UTF-8, each character ending at `ends`), and each pair
    /// of neighbours: a Chinese page gives two terms a character.
    private static func forEachTerm(ofCJK bytes: UnsafeBufferPointer<UInt8>, ends: [Int], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for (number, end) in ends.enumerated() {
            body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            if number + 1 < ends.count { body(UnsafeBufferPointer(rebasing: bytes[start..<ends[number + 1]])) }
            start = end
        }
    }

    /// How many bytes at `index` part words: 1 for ASCII other than letters and digits, 3 for
    /// a character of General Punctuation (U+2000–U+206F: dashes, curly quotes, ellipsis, odd
    /// spaces; none is a letter, digit or mark) and for the punctuation of CJK text (`，`, `。`,
    /// `「」`; `cjkPunctuation`), else 0. Without them every `it’s` and `—` in English prose,
    /// and every sentence of Chinese, would send its whole stretch down the Unicode path.
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): 0
        case 0xE2 where index + 2 < bytes.count && (0x80...0x81).contains(bytes[index + 1]): 3
        case 0xE3 where index + 2 < bytes.count, 0xEF where index + 2 < bytes.count:
            cjkPunctuation(bytes[index], bytes[index + 1]) >> (bytes[index + 2] & 0x3F) & 1 == 1 ? 3 : 0
        case 0x80...: 0
        default: 1
        }
    }

    /// The punctuation, symbols and spaces of CJK Symbols and Punctuation (U+3000–U+303F) and of
    /// the fullwidth forms (U+FF00–U+FF65) whose UTF-8 starts with `lead` and `second`, one bit
    /// for each last byte: the characters there that are neither letters, digits nor marks
    /// (`々`, `〇` and the kana iteration marks are letters; a test checks each against `runs`).
    private static func cjkPunctuation(_ lead: UInt8, _ second: UInt8) -> UInt64 {
        switch (lead, second) {
        case (0xE3, 0x80): 0xE0C1_0001_FFFF_FF1F
        case (0xEF, 0xBC): 0xF800_0001_FC00_FFFE
        case (0xEF, 0xBD): 0x3F_F800_0001
        default: 0
        }
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
