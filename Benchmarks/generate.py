#!/usr/bin/env python3
"""Writes a deterministic playbook corpus for `make bench`.

    generate.py PAGES DIR

DIR gets playbook.yml and content/ (PAGES default-language pages of all five kinds plus the
four pillars, about 10% of them also translated into Chinese), and DIR/bodies.md, every
page body concatenated (the input of the cmark-gfm floor). The same PAGES always gives the
same bytes (seeded `random.Random`). Every cross-link points to a page that exists and every
anchor to a heading it has, so the build succeeds.
"""
import math
import os
import random
import shutil
import sys

KINDS = [("articles", 0.40), ("cases", 0.20), ("phrases", 0.15), ("checklists", 0.15), ("exercises", 0.10)]
PILLARS = ["humanized", "aligned", "nimble", "data-backed"]
AUDIENCES = ["frontline", "leaders", "everyone"]
WORDS = ("customer agent listen recall express call queue ticket refund delay apology promise team leader "
         "shift policy rule survey comment signal trust patience frustration context callback ownership "
         "handover escalation script reply empathy pressure outcome moment detail pause question answer "
         "follow-up promise billing account password flight booking support service front line data "
         "review coaching feedback habit practice tone silence summary next step name record").split()
ZH = "我们倾听客户的感受并在回应之前复述问题然后说明下一步由谁负责何时回电领导者与一线团队一起坐下来查看数据理解原因"
TAGS = [f"{a}-{b}" for a in ("calls", "chat", "email", "billing", "travel", "it", "hr", "retail", "health", "bank")
        for b in ("recovery", "listening", "coaching", "metrics", "onboarding", "escalation", "tone", "policy",
                  "handover", "survey", "night-shift", "scripts", "apology", "ownership", "follow-up",
                  "queues", "refunds", "callbacks", "feedback", "habits")]


def sentence(rng, lo=6, hi=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def zh_sentence(rng):
    start = rng.randrange(len(ZH) - 20)
    return ZH[start:start + rng.randint(12, 30)] + "。"


class Page:
    def __init__(self, folder, slug, index):
        self.folder, self.slug, self.index = folder, slug, index
        self.translated = False

    @property
    def path(self):
        return f"{self.folder}/{self.slug}.md"


class Writer:
    """Writes one page body of about `size` bytes."""

    def __init__(self, rng, page, pages, zh):
        self.rng, self.page, self.pages, self.zh = rng, page, pages, zh
        self.parts = []
        self.footnotes = 0

    def text(self):
        return zh_sentence(self.rng) if self.zh else sentence(self.rng)

    def link(self):
        target = self.rng.choice(self.pages)
        label = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(1, 3)))
        href = target.slug + ".md" if target.folder == self.page.folder else f"../{target.path}"
        # Every page starts with `## Overview`, in both languages, so the anchor always resolves.
        anchor = "#overview" if self.rng.random() < 0.3 else ""
        return f"[{label}]({href}{anchor})"

    def paragraph(self):
        sentences = [self.text() for _ in range(self.rng.randint(2, 6))]
        if self.rng.random() < 0.5:
            sentences.insert(self.rng.randrange(len(sentences)), f"See {self.link()}.")
        if self.rng.random() < 0.15:
            self.footnotes += 1
            sentences.append(f"[^n{self.footnotes}]")
        if self.rng.random() < 0.2:
            sentences.append(f"**{self.rng.choice(WORDS)}** and *{self.rng.choice(WORDS)}* ~~{self.rng.choice(WORDS)}~~ `{self.rng.choice(WORDS)}`.")
        return " ".join(sentences)

    def table(self):
        columns = self.rng.randint(2, 4)
        rows = [" | ".join(self.rng.choice(WORDS).capitalize() for _ in range(columns))]
        rows.append(" | ".join("---" for _ in range(columns)))
        for _ in range(self.rng.randint(2, 8)):
            rows.append(" | ".join(self.text()[:40] for _ in range(columns)))
        return "\n".join(f"| {row} |" for row in rows)

    def tasks(self):
        return "\n".join(f"- [{'x' if self.rng.random() < 0.2 else ' '}] {self.text()}" for _ in range(self.rng.randint(3, 8)))

    def phrases(self):
        items = []
        for _ in range(self.rng.randint(3, 7)):
            items.append(f"- {self.text()}")
            if self.rng.random() < 0.4:
                items.append(f"  - Instead of: ~~{self.text()}~~")
        return "\n".join(items)

    def steps(self):
        return "\n".join(f"{n}. **{self.rng.choice(WORDS).capitalize()}.** {self.text()}" for n in range(1, self.rng.randint(4, 9)))

    def section_names(self):
        kind = self.page.folder
        if kind == "cases":
            return ["The situation", "The scripted reply", "The empathetic reply", "Lessons"]
        if kind == "exercises":
            return ["Goal", "Steps", "Facilitator notes", "Debrief"]
        return None

    def block(self, heading):
        kind = self.page.folder
        if kind == "checklists" or (kind == "articles" and self.rng.random() < 0.1):
            return self.tasks()
        if kind == "phrases":
            return self.phrases()
        if heading == "Steps":
            return self.steps()
        if self.rng.random() < 0.12:
            return self.table()
        if self.rng.random() < 0.08:
            return "\n".join(f"- {self.text()}" for _ in range(self.rng.randint(2, 6)))
        if self.rng.random() < 0.05:
            return "```\n" + "\n".join(self.text() for _ in range(3)) + "\n```"
        if self.rng.random() < 0.05:
            return "> " + self.paragraph()
        return self.paragraph()

    def body(self, size):
        self.parts = ["## Overview", self.paragraph()]
        fixed = self.section_names() or []
        sections = 0
        length = lambda: sum(len(p.encode()) + 2 for p in self.parts)
        while length() < size:
            if sections < len(fixed):
                heading = fixed[sections]
            elif self.zh:
                heading = zh_sentence(self.rng)[:8]
            else:
                heading = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(2, 5))).capitalize()
            sections += 1
            self.parts.append(f"{'###' if self.rng.random() < 0.25 else '##'} {heading}")
            for _ in range(self.rng.randint(1, 4)):
                self.parts.append(self.block(heading))
                if length() >= size:
                    break
        self.parts += [f"[^n{n}]: {self.text()}" for n in range(1, self.footnotes + 1)]
        return "\n\n".join(self.parts) + "\n"


def front_matter(rng, page, zh):
    title = (zh_sentence(rng)[:10] if zh else sentence(rng, 2, 6)[:-1])
    lines = ["---", f'title: "{title} {page.index}"', f'summary: "{(zh_sentence(rng) if zh else sentence(rng))}"']
    if page.folder != "pillars":
        lines.append(f"pillars: [{', '.join(rng.sample(PILLARS, rng.randint(0, 2)))}]")
        lines.append(f"tags: [{', '.join(rng.sample(TAGS, rng.randint(1, 4)))}]")
        lines.append(f"audience: {rng.choice(AUDIENCES)}")
        lines.append(f"order: {rng.randint(1, 50)}")
        lines.append(f"date: 202{rng.randint(3, 6)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    if page.folder == "exercises":
        lines += [f"duration: {rng.choice([15, 30, 45, 60, 90])}", f'participants: "{rng.randint(2, 4)}-{rng.randint(6, 12)}"',
                  "materials:", f"  - {sentence(rng, 2, 5)}", f"  - {sentence(rng, 2, 5)}"]
    return "\n".join(lines + ["---", ""]) + "\n"


def page_size(rng):
    """Bytes of a page body: log-normal around a 6 KB median, clipped to 1–40 KB."""
    return int(min(40_000, max(1_000, math.exp(rng.gauss(math.log(6_000), 0.75)))))


def generate(count, directory):
    rng = random.Random(20261125 + count)
    pages = [Page("pillars", pillar, 0) for pillar in PILLARS]
    for index in range(count - len(PILLARS)):
        roll, total = rng.random(), 0.0
        for folder, share in KINDS:
            total += share
            if roll < total:
                break
        pages.append(Page(folder, f"{folder[:-1]}-{index:05d}", index))
    for page in pages:
        page.translated = rng.random() < 0.10

    content = os.path.join(directory, "content")
    shutil.rmtree(content, ignore_errors=True)
    bodies = []
    for page in pages:
        for zh in ([False, True] if page.translated else [False]):
            body = Writer(rng, page, pages, zh).body(page_size(rng))
            name = page.path[:-3] + (".zh.md" if zh else ".md")
            path = os.path.join(content, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as file:
                file.write(front_matter(rng, page, zh) + body)
            bodies.append(body)
    finish(directory, f"title: Benchmark playbook ({count} pages)\ndescription: A generated corpus.\n"
                      "languages: [en, zh]\nnoindex: true\n", bodies)


def finish(directory, config, bodies):
    """Writes the corpus's playbook.yml and bodies.md (the floor's input) and prints its size."""
    with open(os.path.join(directory, "playbook.yml"), "w", encoding="utf-8") as file:
        file.write(config)
    with open(os.path.join(directory, "bodies.md"), "w", encoding="utf-8") as file:
        file.write("\n".join(bodies))
    sizes = sorted(len(b.encode()) for b in bodies)
    print(f"{directory}: {len(bodies)} files, median body {sizes[len(sizes) // 2] / 1000:.1f} KB, "
          f"{sizes[0] / 1000:.1f}–{sizes[-1] / 1000:.1f} KB, {sum(sizes) / 1e6:.1f} MB")


if __name__ == "__main__":
    generate(int(sys.argv[1]), sys.argv[2])
