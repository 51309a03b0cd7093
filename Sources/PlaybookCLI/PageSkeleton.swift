import Foundation
import PlaybookBuild
import PlaybookModel

/// The kinds `playbook new` can create, and the Markdown each starts with (docs/authoring.md).
enum PageSkeleton: String, CaseIterable, Sendable {
    case article
    case `case`
    case phrases
    case checklist
    case exercise

    var kind: PageKind {
        switch self {
        case .article: .article
        case .case: .caseStory
        case .phrases: .phraseLibrary
        case .checklist: .checklist
        case .exercise: .exercise
        }
    }

    /// A whole page: front matter, then the body in the kind's convention.
    func page(title: String, date: String) -> String {
        var frontMatter = """
            ---
            title: \(Self.yamlString(title))
            summary: ""
            pillars: []
            tags: []
            audience: everyone
            date: \(date)

            """
        if self == .exercise {
            frontMatter += """
                duration: 30
                participants: "3-8"
                materials: []

                """
        }
        return frontMatter + "---\n\n" + body
    }

    private var body: String {
        switch self {
        case .article:
            """
            One or two sentences that say what the reader will be able to do after reading.

            ## The idea

            Explain the idea in plain words, with an example from real work.

            ## How to practise it

            Concrete steps, then a link to a page that shows it, like a case story.

            """
        case .case:
            """
            ## The situation

            Who, where, what went wrong, and what was at stake for them.

            ## The scripted reply

            What the policy-first answer sounded like.

            ## The empathetic reply

            What the answer that listened, recalled and expressed sounded like.

            ## Lessons

            - What changed for the person, and what the team changed afterwards.

            """
        case .phrases:
            """
            When to use these phrases, in one or two sentences.

            ## When the situation is …

            - A phrase that acknowledges what the person is going through.
              - Instead of: ~~The phrase to avoid.~~
            - A phrase that says what happens next, and who does it.

            """
        case .checklist:
            """
            When to use this checklist, in one sentence.

            ## Before

            - [ ] The first thing to do.
            - [ ] The second thing to do.

            ## After

            - [ ] The thing not to forget.

            """
        case .exercise:
            """
            ## Goal

            What the group will be able to do afterwards.

            ## Steps

            1. **First step (10 min).** What the facilitator says and what the group does.
            2. **Second step (15 min).** …
            3. **Wrap-up (5 min).** …

            ## Facilitator notes

            What to watch for, and how to keep the conversation safe.

            ## Debrief

            - Which question should the group answer together?

            """
        }
    }

    /// A YAML double-quoted scalar, so a title with `:` or `#` stays one string.
    static func yamlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Today in the machine's time zone, as front matter dates are written.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
