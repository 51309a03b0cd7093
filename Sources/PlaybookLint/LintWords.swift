import PlaybookMarkdown
import PlaybookSearch

/// The words of a text as lint compares them: runs of letters, digits and marks, lower-cased
/// and without accents (`SearchTokenizer.fold`), and each Chinese, Japanese or Korean
/// character on its own, so a phrase is found in a sentence written without spaces.
/// Punctuation, spaces and line breaks only separate words; a quoted region breaks a phrase.
enum LintWords {
    /// A word, or a break no phrase may span (`word` nil).
    struct Word {
        var word: String?
        /// 1-based line and character column of the word's first character.
        var line: Int
        var column: Int
    }

    /// `text`'s words and breaks. `firstLine` is the file line `text` starts on;
    /// `isQuoted(line, byteColumn)` (file line, 1-based UTF-8 column) tells characters to skip.
    static func words(in text: String, firstLine: Int = 1, isQuoted: (Int, Int) -> Bool = { _, _ in false }) -> [Word] {
        var words: [Word] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = firstLine + offset
            var current = "", start = 0, byte = 1, column = 1
            func flush() {
                if !current.isEmpty { words.append(Word(word: SearchTokenizer.fold(current), line: number, column: start)) }
                current = ""
            }
            for character in line {
                defer {
                    byte += character.utf8.count
                    column += 1
                }
                if isQuoted(number, byte) {
                    flush()
                    if words.last.map({ $0.word != nil }) ?? true { words.append(Word(word: nil, line: number, column: column)) }
                    continue
                }
                guard let scalar = character.unicodeScalars.first else { continue }
                if SearchTokenizer.isCJK(scalar) {
                    flush()
                    words.append(Word(word: SearchTokenizer.fold(String(character)), line: number, column: column))
                } else if SearchTokenizer.isWordCharacter(scalar) {
                    if current.isEmpty { start = column }
                    current.append(character)
                } else {
                    flush()
                }
            }
            flush()
        }
        return words
    }

    /// The folded words of a phrase.
    static func folded(_ phrase: String) -> [String] {
        words(in: phrase).compactMap(\.word)
    }
}
