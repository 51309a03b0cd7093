/// How a term shard's `terms` text holds its terms (`theme/search.js` reads it the same way),
/// each against the term before, in one pass with no separator to split on:
///
/// - a *step*, when the term is the one before with its last character replaced by one `d`
///   code points later (`共情` after `共享`: the usual neighbours in a Chinese index, where
///   nearly every term is a pair of characters): a character of `stepHeads` and up to two of
///   `digits`, together `d - 1` (`stepValue`);
/// - else a *full entry*: a space, then `0` plus the number of UTF-16 units the term shares
///   with the one before (at most `SearchShards.maxShared`), then the rest of the term, which
///   runs to the next space or step head.
///
/// A step head is ASCII punctuation, which no term holds (the tokenizer parts words at it, and
/// the pillar terms' `#` and `-` are not ones): so a full entry's end needs no mark.
enum ShardTermCoding {
    /// The characters that start a step: its first `oneCharacter` stand for `d - 1` alone,
    /// the next `oneDigit` take one digit after them, the last ones two.
    static let stepHeads = Array("!$%&'()*+,./:;<=>?@[]^_`{|}~".utf8)
    static let oneCharacter = 14, oneDigit = 10
    static let digits = PrintableBytes.digits
    /// The largest `d - 1` a step holds.
    static var maxStep: Int {
        let twoDigits = stepHeads.count - oneCharacter - oneDigit
        return oneCharacter + oneDigit * digits.count + twoDigits * digits.count * digits.count - 1
    }

    /// Appends `term` as it follows `previous` (empty for a shard's first term).
    static func append(_ term: UnsafeBufferPointer<UInt8>, after previous: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if let step = step(from: previous, to: term), step - 1 <= maxStep {
            appendStep(step - 1, to: &out)
            return
        }
        let (shared, units) = SearchShards.sharedPrefix(previous, term)
        out.append(UInt8(ascii: " "))
        out.append(UInt8(ascii: "0") + UInt8(units))
        out.append(contentsOf: term[shared...])
    }

    /// How many code points `term`'s last character is past `previous`'s, when all before it is
    /// the same.
    private static func step(from previous: UnsafeBufferPointer<UInt8>, to term: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !previous.isEmpty, !term.isEmpty else { return nil }
        let (termStart, previousStart) = (lastScalarStart(term), lastScalarStart(previous))
        guard termStart == previousStart, previous[..<previousStart].elementsEqual(term[..<termStart]) else { return nil }
        return Int(scalarValue(term[termStart...])) - Int(scalarValue(previous[previousStart...]))
    }

    private static func lastScalarStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = bytes.count - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    private static func scalarValue(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32 {
        var value = UInt32(bytes[bytes.startIndex]) & (bytes.count == 1 ? 0x7F : 0xFF >> (bytes.count + 1))
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return value
    }

    private static func appendStep(_ value: Int, to out: inout [UInt8]) {
        let base = digits.count
        if value < oneCharacter {
            out.append(stepHeads[value])
        } else if value < oneCharacter + oneDigit * base {
            let rest = value - oneCharacter
            out.append(stepHeads[oneCharacter + rest / base])
            out.append(digits[rest % base])
        } else {
            let rest = value - oneCharacter - oneDigit * base
            out.append(stepHeads[oneCharacter + oneDigit + rest / (base * base)])
            out.append(digits[rest / base % base])
            out.append(digits[rest % base])
        }
    }

    /// The terms of a shard's `terms` text (for tests; the browser has its own reader).
    static func decode(_ text: String) -> [String] {
        let units = Array(text.unicodeScalars)
        var terms: [String] = [], previous = String.UnicodeScalarView(), index = 0
        func digit(_ at: Int) -> Int { digits.firstIndex(of: UInt8(units[at].value))! }
        while index < units.count {
            if units[index] == " " {
                let shared = Int(units[index + 1].value) - 48
                var end = index + 2
                while end < units.count, units[end] != " ", !isStepHead(units[end]) { end += 1 }
                let kept = String(String(previous).utf16.prefix(shared))!
                previous = (kept + String(String.UnicodeScalarView(units[(index + 2)..<end]))).unicodeScalars
                index = end
            } else {
                let head = stepHeads.firstIndex(of: UInt8(units[index].value))!
                var value: Int
                if head < oneCharacter {
                    (value, index) = (head, index + 1)
                } else if head < oneCharacter + oneDigit {
                    (value, index) = (oneCharacter + (head - oneCharacter) * digits.count + digit(index + 1), index + 2)
                } else {
                    let high = (head - oneCharacter - oneDigit) * digits.count + digit(index + 1)
                    value = oneCharacter + oneDigit * digits.count + high * digits.count + digit(index + 2)
                    index += 3
                }
                let last = previous.removeLast()
                previous.append(Unicode.Scalar(last.value + UInt32(value) + 1)!)
            }
            terms.append(String(previous))
        }
        return terms
    }

    private static func isStepHead(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && stepHeads.contains(UInt8(scalar.value))
    }
}
