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
}
