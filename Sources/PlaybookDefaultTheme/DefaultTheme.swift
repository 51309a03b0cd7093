import Foundation

/// The default theme (the repository's `templates/` folder), built into the binary.
public enum DefaultTheme {
    /// Every file of the theme, keyed by its path under `templates/`.
    public static let files: [String: Data] = base64Files.compactMapValues { Data(base64Encoded: $0) }
}
