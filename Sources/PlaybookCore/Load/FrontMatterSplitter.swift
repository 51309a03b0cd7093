/// Splits a page into its YAML front matter and its Markdown body.
struct FrontMatterSplitter {
    struct Split {
        /// The YAML between the `---` lines, or nil when the page has none.
        var yaml: String?
        /// The file line on which the YAML starts (the line after the opening `---`).
        var yamlStartLine: Int
        var body: String
        var bodyStartLine: Int
    }

    enum Failure: Error {
        /// The opening `---` has no closing `---`.
        case unclosed
    }

    /// `text` has already lost its byte-order mark and CR line ends.
    static func split(_ text: String) -> Result<Split, Failure> {
        guard text.hasPrefix("---\n") || text == "---" else {
            return .success(Split(yaml: nil, yamlStartLine: 1, body: text, bodyStartLine: 1))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 1..<lines.count where lines[index].trimmingTrailingSpaces == "---" || lines[index].trimmingTrailingSpaces == "..." {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return .success(Split(yaml: yaml, yamlStartLine: 2, body: body, bodyStartLine: index + 2))
        }
        return .failure(.unclosed)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var result = self
        while result.last == " " || result.last == "\t" { result = result.dropLast() }
        return result
    }
}
