import PlaybookSearch

/// The language of a text to check, when not given: the one its file name says (`reply.zh.md`),
/// else a language written without spaces (`zh`, `ja`, `ko`…) when at least a third of its
/// letters are CJK characters, else the playbook's default language.
public enum LanguageGuess {
    public static func language(ofFile path: String, text: String, languages: [String]) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".")
        if parts.count >= 3, let code = parts.dropLast().last.map(String.init), languages.contains(code) { return code }
        var cjk = 0, letters = 0
        for scalar in text.unicodeScalars where SearchTokenizer.isWordCharacter(scalar) || SearchTokenizer.isCJK(scalar) {
            letters += 1
            if SearchTokenizer.isCJK(scalar) { cjk += 1 }
        }
        let cjkLanguages = languages.filter { ["zh", "ja", "ko"].contains($0.split(separator: "-").first.map(String.init) ?? "") }
        if letters > 0, cjk * 3 >= letters, let language = cjkLanguages.first { return language }
        return languages.first ?? "en"
    }
}
