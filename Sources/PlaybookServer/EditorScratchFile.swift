/// Files that editors write beside the one being edited and that must not trigger a rebuild:
/// Emacs locks and autosaves (`.#x`, `#x#`), backups (`x~`), Vim swap files (`.x.swp`) and its
/// write test (`4913`), JetBrains safe-write files, and any hidden file.
enum EditorScratchFile {
    static func matches(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913"
            || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".tmp") || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___")
    }
}
