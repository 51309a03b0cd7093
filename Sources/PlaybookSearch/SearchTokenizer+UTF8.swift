/// The byte path of `SearchTokenizer`: the terms of UTF-8 text, most of them without making a
/// `String` or looking up a Unicode property.
extension SearchTokenizer {
    /// `forEachTerm(in:_:)` with each term as its UTF-8 bytes, valid only during the call:
    /// an ASCII word is lower-cased into a scratch buffer and never becomes a `String`. With
    /// `leavingOutPairedCharacters`, a CJK character followed by another in its run is left
    /// out, the pair it starts standing for it: the terms an index holds (`SearchIndexBuilder`).
    static func forEachTermUTF8(in text: String, leavingOutPairedCharacters: Bool = false, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachTermUTF8(in: $0, leavingOutPairedCharacters: leavingOutPairedCharacters, body) }
    }

    /// The same of text already in UTF-8, which must be valid.
    static func forEachTermUTF8(in bytes: UnsafeBufferPointer<UInt8>, leavingOutPairedCharacters: Bool = false,
                                _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        while index < bytes.count {
            let separator = separatorLength(bytes, at: index)
            guard separator == 0 else { index += separator; continue }
            let start = index
            var ascii = true
            // A separator starts with the first byte of a character, so a stretch is
            // walked a character at a time.
            while index < bytes.count, separatorLength(bytes, at: index) == 0 {
                if bytes[index] < 0x80 {
                    index += 1
                } else {
                    ascii = false
                    index += scalarLength(lead: bytes[index])
                }
            }
            let stretch = UnsafeBufferPointer(rebasing: bytes[start..<index])
            if ascii {
                forEachTerm(ofASCIIWord: stretch, body)
            } else {
                forEachTermUTF8(inMixed: stretch, leavingOutPairedCharacters: leavingOutPairedCharacters, body)
            }
        }
    }

    /// A word of ASCII letters and digits, lower-cased.
    private static func forEachTerm(ofASCIIWord word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer in
            for (offset, byte) in word.enumerated() {
                buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            }
            body(UnsafeBufferPointer(buffer))
        }
    }

    /// The terms of a stretch of UTF-8 holding characters beyond ASCII, a run at a time: CJK
    /// characters (`fold` keeps them as they are but for compatibility ideographs, and they end
    /// any other run) give their characters and pairs, and ASCII letters and digits their word,
    /// straight from the stretch's bytes; only the rest goes through `runs`. A nonspacing mark,
    /// which `fold` drops, parts nothing (`共\u{301}情` holds `共情`).
    private static func forEachTermUTF8(inMixed bytes: UnsafeBufferPointer<UInt8>, leavingOutPairedCharacters: Bool,
                                        _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        while index < bytes.count {
            let start = index
            let (first, length) = decodeScalar(bytes, at: index)
            let isCJKRun = isCJK(first)
            var isFolded = isCJKRun ? !isCompatibilityIdeograph(first) : first.isASCII  // its bytes are its terms'
            index += length
            while index < bytes.count {
                // U+5000–U+9FFF, most of Chinese text: unified ideographs, none to decode.
                if isCJKRun, (0xE5...0xE9).contains(bytes[index]) {
                    index += 3
                    continue
                }
                let (scalar, length) = decodeScalar(bytes, at: index)
                if isCJK(scalar) {
                    guard isCJKRun else { break }
                    if isCompatibilityIdeograph(scalar) { isFolded = false }
                } else if isCJKRun {
                    guard !scalar.isASCII, scalar.properties.generalCategory == .nonspacingMark else { break }
                    isFolded = false
                } else if !scalar.isASCII {
                    isFolded = false
                }
                index += length
            }
            let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
            switch (isCJKRun, isFolded) {
            case (true, true):
                forEachTerm(ofCJK: run, leavingOutPairedCharacters: leavingOutPairedCharacters, body)
            case (true, false):
                var folded: [UInt8] = []
                forEachScalar(of: run) { scalar in
                    if isCJK(scalar) { folded += String(unified(scalar)).utf8 }
                }
                folded.withUnsafeBufferPointer { forEachTerm(ofCJK: $0, leavingOutPairedCharacters: leavingOutPairedCharacters, body) }
            case (false, true):
                forEachTerm(ofASCIIWord: run, body)
            case (false, false):
                var other = String.UnicodeScalarView()
                forEachScalar(of: run) { scalar in
                    if scalar.properties.generalCategory != .nonspacingMark { other.append(scalar) }
                }
                for run in runs(String(other)) {
                    switch run {
                    case .word(var word): word.withUTF8(body)
                    case .cjk(var characters):
                        characters.withUTF8 { forEachTerm(ofCJK: $0, leavingOutPairedCharacters: leavingOutPairedCharacters, body) }
                    }
                }
            }
        }
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8, and its length in bytes.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let length = scalarLength(lead: bytes[index])
        var value = length == 1 ? UInt32(bytes[index]) : UInt32(bytes[index]) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value)!, length)
    }

    /// How many bytes of UTF-8 a scalar takes whose first byte is `lead`.
    private static func scalarLength(lead: UInt8) -> Int {
        switch lead {
        case ..<0x80: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }

    private static func forEachScalar(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Void) {
        var index = 0
        while index < bytes.count {
            let (scalar, length) = decodeScalar(bytes, at: index)
            body(scalar)
            index += length
        }
    }

    /// Each character of a run of CJK characters (folded UTF-8), and each pair of neighbours,
    /// in that order: a Chinese page gives two terms a character, or one leaving out paired ones.
    private static func forEachTerm(ofCJK run: UnsafeBufferPointer<UInt8>, leavingOutPairedCharacters: Bool,
                                    _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !run.isEmpty else { return }
        var (start, end) = (0, scalarLength(lead: run[0]))
        while end < run.count {
            let next = end + scalarLength(lead: run[end])
            if !leavingOutPairedCharacters { body(UnsafeBufferPointer(rebasing: run[start..<end])) }
            body(UnsafeBufferPointer(rebasing: run[start..<next]))
            (start, end) = (end, next)
        }
        body(UnsafeBufferPointer(rebasing: run[start..<end]))
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
}
