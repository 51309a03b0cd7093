#!/usr/bin/env python3
"""Times `playbook pdf` for the sample playbook and for a generated playbook of N pages.

Usage: pdf_time.py PLAYBOOK_BINARY [PAGES]   (default 1000; 0 = the sample only)

Everything is written into a temporary folder. Prints one line per run:
  <corpus> <language> <handbook pages> <PDF pages> <seconds>
The generated pages are English articles, case stories, phrase libraries, checklists and
exercises of about 450 words each, with headings, lists, a table and links between pages.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

KINDS = ["articles", "cases", "phrases", "checklists", "exercises"]
WORDS = ("listen recall express customer colleague front line leader team policy rule refund "
         "callback promise survey signal trust feeling situation reply lesson shift queue").split()


def sentence(seed, length=14):
    words = [WORDS[(seed * 7 + i * 13) % len(WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."


def body(kind, index, count):
    other = f"../{KINDS[(index + 1) % len(KINDS)]}/page-{(index + 1) % count:04d}.md"
    parts = [" ".join(sentence(index + i) for i in range(6)), f"See [the next page]({other}#section-1)."]
    for section in range(1, 4):
        parts.append(f"## Section {section}")
        if kind == "checklists":
            parts.append("\n".join(f"- [ ] {sentence(index + section + i, 9)}" for i in range(6)))
        elif kind == "phrases":
            parts.append("\n".join(f"- {sentence(index + i, 10)}\n  - Instead of: ~~{sentence(i, 6)}~~" for i in range(5)))
        else:
            parts.append(" ".join(sentence(index * section + i) for i in range(5)))
            parts.append("| Before | After |\n|---|---|\n" + "\n".join(f"| {sentence(i, 5)} | {sentence(i + 3, 6)} |" for i in range(3)))
    return "\n\n".join(parts) + "\n"


def generate(root, count):
    with open(os.path.join(root, "playbook.yml"), "w") as file:
        file.write("title: Generated Playbook\ndescription: A corpus for timing the PDF.\nlanguages: [en]\n")
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        folder = os.path.join(root, "content", kind)
        os.makedirs(folder, exist_ok=True)
        extra = "duration: 30\nparticipants: \"4-8\"\nmaterials: [Cards, Pens]\n" if kind == "exercises" else ""
        with open(os.path.join(folder, f"page-{index:04d}.md"), "w") as file:
            file.write(f"---\ntitle: Page {index}\nsummary: {sentence(index, 10)}\norder: {index}\ndate: 2026-01-01\n{extra}---\n\n")
            file.write(body(kind, index, count))


def time_pdf(binary, root, name):
    start = time.monotonic()
    subprocess.run([binary, "pdf", "--root", root], check=True, stdout=subprocess.DEVNULL)
    total = time.monotonic() - start
    site = os.path.join(root, "site")
    for folder in [""] + sorted(os.listdir(site)):
        pdf = os.path.join(site, folder, "handbook.pdf")
        if os.path.exists(pdf):
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            pages = re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)
            html = open(os.path.join(site, folder, "handbook", "index.html"), encoding="utf-8").read()
            print(f"{name} {folder or 'default'} {html.count('hb-page-title')} {pages}")
    print(f"{name} total {total:.1f} s (build + every language)", flush=True)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    repository = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as sample:
        shutil.copy(os.path.join(repository, "playbook.yml"), sample)
        shutil.copytree(os.path.join(repository, "content"), os.path.join(sample, "content"))
        time_pdf(binary, sample, "sample")
    if count:
        with tempfile.TemporaryDirectory() as generated:
            generate(generated, count)
            time_pdf(binary, generated, f"generated-{count}")


if __name__ == "__main__":
    main()
