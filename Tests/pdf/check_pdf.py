#!/usr/bin/env python3
"""Checks `playbook pdf` on the PDF itself, for the sample playbook in every language.

Usage: check_pdf.py PLAYBOOK_BINARY [REPOSITORY]

Copies the repository's playbook.yml, content/ and templates/ into a temporary folder, runs
`playbook pdf --root TMP`, then reads each PDF back with poppler-utils:
  - pdfinfo: a plausible page count;
  - pdftotext: every chapter and page title of the handbook is in the text, and the contents
    list names them in the handbook's order with the page numbers where they are: a chapter
    starts on its page (its running header begins there) and a page's title is on its page;
  - a language with a CJK script extracts as CJK text, set in an embedded Noto CJK font;
and that `playbook pdf` without weasyprint on PATH, or with a wrong --lang or --output, says
what to do and exits 1 or 64.
Exits non-zero with every failure listed, and when weasyprint or poppler-utils is missing
(`make test-pdf` installs them first).
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

CJK = re.compile(r"[\u3400-\u9fff]")
CONTENTS_LINE = re.compile(r"^(?P<title>.*?)\s*\.{2,}\s*(?P<page>\d+)$")


class HandbookTitles(html.parser.HTMLParser):
    """The chapter (`h2.hb-chapter-title`) and page (`h3.hb-page-title`) titles, in order."""

    def __init__(self):
        super().__init__()
        self.entries = []  # (kind, title)
        self.contents_heading = ""
        self._current = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "h2" and dict(attrs).get("id") == "pb-contents":
            self._current = "contents"
        elif tag == "h2" and "hb-chapter-title" in classes:
            self._current = "chapter"
        elif tag == "h3" and "hb-page-title" in classes:
            self._current = "page"
        self._text = []

    def handle_data(self, data):
        if self._current:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._current and tag in ("h2", "h3"):
            if self._current == "contents":
                self.contents_heading = normalize("".join(self._text))
            else:
                self.entries.append((self._current, normalize("".join(self._text))))
            self._current = None


def normalize(text):
    return " ".join(unicodedata.normalize("NFKC", text).split())


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def pages_of(pdf):
    """The text of each page (pdftotext separates pages with form feeds)."""
    text = run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-")
    return [page for page in text.split("\f")][: int(page_count(pdf))]


def page_count(pdf):
    return re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf), re.M).group(1)


def lines(page):
    return [normalize(line) for line in page.splitlines() if line.strip()]


def contents_entries(pages, first, last, heading):
    """(title, page number) of the contents list on pages first..last (1-based), wrapped
    titles joined."""
    entries, pending = [], ""
    for page in pages[first - 1:last]:
        for line in lines(page)[1:-1]:  # without the running header and the page number
            match = CONTENTS_LINE.match(line)
            if match:
                entries.append((normalize(pending + " " + match.group("title")), int(match.group("page"))))
                pending = ""
            elif line != heading:
                pending = (pending + " " + line).strip()
    return entries


def check_language(site, folder, problems):
    label = folder or "default language"
    pdf = os.path.join(site, folder, "handbook.pdf")
    handbook = os.path.join(site, folder, "handbook", "index.html")
    if not os.path.exists(pdf):
        problems.append(f"{label}: {pdf} was not written")
        return
    parser = HandbookTitles()
    with open(handbook, encoding="utf-8") as file:
        parser.feed(file.read())
    expected = parser.entries
    pages = pages_of(pdf)
    count = len(pages)
    chapters = [title for kind, title in expected if kind == "chapter"]
    if not chapters:
        problems.append(f"{label}: the handbook has no chapters")
        return
    if not (len(chapters) + 2 <= count <= 40 * len(expected)):
        problems.append(f"{label}: implausible page count {count} for {len(expected)} chapters and pages")
    print(f"{label}: {count} pages, {len(chapters)} chapters, {len(expected) - len(chapters)} pages of content")

    text = normalize(" ".join(pages))
    for kind, title in expected:
        if title not in text:
            problems.append(f"{label}: the {kind} title '{title}' is not in the PDF's text")

    # The contents run from page 2 up to the page before the first chapter's running header.
    body_start = next((n for n in range(2, count + 1) if lines(pages[n - 1])[:1] and lines(pages[n - 1])[0].endswith(chapters[0])), None)
    if body_start is None:
        problems.append(f"{label}: no page has the first chapter '{chapters[0]}' in its running header")
        return
    listed = contents_entries(pages, 2, body_start - 1, parser.contents_heading)
    if [title for title, _ in listed] != [title for _, title in expected]:
        problems.append(f"{label}: the contents list {[t for t, _ in listed]} does not match the handbook {[t for _, t in expected]}")
        return
    for (title, number), (kind, _) in zip(listed, expected):
        if not 1 <= number <= count:
            problems.append(f"{label}: contents page {number} for '{title}' is outside the PDF")
            continue
        page = lines(pages[number - 1])
        if title not in " ".join(page):
            problems.append(f"{label}: contents says '{title}' is on page {number}, but it is not a line of that page")
        if kind == "chapter":
            header = page[0] if page else ""
            previous = lines(pages[number - 2])[0] if number > 1 and lines(pages[number - 2]) else ""
            if not header.endswith(title) or previous.endswith(title):
                problems.append(f"{label}: chapter '{title}' does not start on page {number} (running headers '{previous}', '{header}')")

    if any(CJK.search(title) for title in chapters):
        hanzi = len(CJK.findall(text))
        if hanzi < 1000:
            problems.append(f"{label}: only {hanzi} CJK characters extracted")
        fonts = run("pdffonts", pdf)
        if "CJK" not in fonts:
            problems.append(f"{label}: no CJK font embedded:\n{fonts}")
        print(f"{label}: {hanzi} CJK characters extracted")


def check_command_line(binary, root, problems):
    """Exit statuses and messages of `playbook pdf` that need no PDF to be rendered."""
    missing = subprocess.run([binary, "pdf", "--root", root], env={**os.environ, "PATH": "/nonexistent"},
                             capture_output=True, text=True)
    if missing.returncode != 1 or "apt-get install weasyprint" not in missing.stderr:
        problems.append(f"without weasyprint: status {missing.returncode}, stderr {missing.stderr!r}")
    for arguments, needle in ((["--lang", "xx"], "not a language"), (["--output", "x.pdf"], "--lang")):
        usage = subprocess.run([binary, "pdf", "--root", root, *arguments], capture_output=True, text=True)
        if usage.returncode != 64 or needle not in usage.stderr:
            problems.append(f"pdf {' '.join(arguments)}: status {usage.returncode}, stderr {usage.stderr!r}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    repository = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else ".")
    missing = [tool for tool in ("weasyprint", "pdfinfo", "pdftotext", "pdffonts") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"check_pdf: {', '.join(missing)} not installed: `make test-pdf` installs them "
                 "(apt-get install weasyprint fonts-noto-cjk poppler-utils)")
    with tempfile.TemporaryDirectory() as root:
        shutil.copy(os.path.join(repository, "playbook.yml"), root)
        for folder in ("content", "templates"):
            if os.path.isdir(os.path.join(repository, folder)):
                shutil.copytree(os.path.join(repository, folder), os.path.join(root, folder))
        problems = []
        check_command_line(binary, root, problems)
        subprocess.run([binary, "pdf", "--root", root], check=True)
        site = os.path.join(root, "site")
        folders = [""] + sorted(name for name in os.listdir(site)
                                if os.path.exists(os.path.join(site, name, "handbook", "index.html")))
        for folder in folders:
            check_language(site, folder, problems)
    for problem in problems:
        print("FAIL:", problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    print("check_pdf: all PDF checks passed")


if __name__ == "__main__":
    main()
