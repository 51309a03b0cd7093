import Testing
@testable import PlaybookMarkdown
@Test func probe() {
    let r = MarkdownConverter.convert("# Hé\n\nSee [x](a.md#b) and 共情 [y](<javascript:alert(1)>) https://x.org\n\n- [ ] one\n- [x] two\n\n<script>x</script>\n\n# Hé\n\nA[^1]\n\n[^1]: note\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    print(r.html); print(r.headings); print(r.links); print(r.taskItems)
}
