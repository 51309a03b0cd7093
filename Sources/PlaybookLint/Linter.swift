import PlaybookMarkdown
import PlaybookModel

/// Finds the phrases to avoid in a text: in its own words only, not in what it quotes (code,
/// struck-through text, raw HTML) nor in lines it is told to skip (a case story's scripted
/// reply quotes what not to say on purpose).
public struct Linter: Sendable {
    /// Phrases by their first word.
    private let phrasesByFirstWord: [String: [AvoidPhrase]]

    public init(phrases: [AvoidPhrase]) {
        phrasesByFirstWord = Dictionary(grouping: phrases, by: { $0.words[0] })
    }

    /// One text to check: a file's text or a page's body.
    public struct Text: Sendable {
        public var file: String
        public var text: String
        /// The file line `text` starts on (after the front matter).
        public var firstLine: Int
        /// Markdown, whose quoted regions are left out; plain text is checked whole.
        public var isMarkdown: Bool
        /// A case story: its second `##` section, the scripted reply, is left out.
        public var isCaseStory: Bool

        public init(file: String, text: String, firstLine: Int = 1, isMarkdown: Bool, isCaseStory: Bool = false) {
            self.file = file
            self.text = text
            self.firstLine = firstLine
            self.isMarkdown = isMarkdown
            self.isCaseStory = isCaseStory
        }
    }

    /// Each place a phrase to avoid starts, the longest phrase found there, and none inside
    /// another one found.
    public func findings(in input: Text) -> [LintFinding] {
        let lines = input.text.split(separator: "\n", omittingEmptySubsequences: false)
        let regions = input.isMarkdown ? MarkdownRegions(of: input.text) : nil
        let offset = input.firstLine - 1
        let skippedLines = input.isCaseStory ? Self.scriptedReply(in: regions?.headings ?? [], lineCount: lines.count) : nil
        let quoted = regions?.quoted ?? []
        let words = LintWords.words(in: input.text, firstLine: input.firstLine) { line, byte in
            if let skippedLines, skippedLines.contains(line - offset) { return true }
            let position = MarkdownRegions.Position(line: line - offset, byteColumn: byte)
            return quoted.contains { $0.contains(position) }
        }
        var findings: [LintFinding] = []
        var index = 0
        while index < words.count {
            guard let first = words[index].word, let candidates = phrasesByFirstWord[first],
                  let phrase = candidates.filter({ Self.matches($0.words, words, at: index) }).max(by: { $0.words.count < $1.words.count })
            else {
                index += 1
                continue
            }
            let word = words[index]
            findings.append(LintFinding(file: input.file, line: word.line, column: word.column, phrase: phrase.text,
                                        insteadOf: phrase.insteadOf, library: phrase.library,
                                        sourceLine: String(lines[word.line - input.firstLine])))
            index += phrase.words.count
        }
        return findings
    }

    private static func matches(_ phrase: [String], _ words: [LintWords.Word], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        return phrase.indices.allSatisfy { words[index + $0].word == phrase[$0] }
    }

    /// The lines (of the text) of a case story's scripted reply: its second `##` section.
    private static func scriptedReply(in headings: [MarkdownRegions.Heading], lineCount: Int) -> ClosedRange<Int>? {
        let sections = headings.filter { $0.level == 2 }.map(\.line)
        guard sections.count >= 2 else { return nil }
        let end = sections.count > 2 ? sections[2] - 1 : lineCount
        return sections[1]...max(sections[1], end)
    }
}
