#!/usr/bin/env python3
"""Writes a deterministic long-Chinese playbook for `make bench`, shaped like a technical
weekly: about PAGES issues of ~20 KB each, every one a run of headed sections (news, articles,
tools, resources), long paragraphs, many outside links and links to earlier issues, some
English product names and inline code.

    generate_zh.py PAGES DIR

DIR gets a Chinese-only playbook.yml (`languages: [zh]`), content/articles/, and DIR/bodies.md,
every body concatenated (the cmark-gfm floor's input). The same PAGES gives the same bytes.

Its vocabulary is what makes it hard for a search index: real Chinese prose has tens of
thousands of distinct words and hundreds of thousands of distinct character pairs (a real
weekly of 9 MB: 212,000 distinct terms), so the words here are drawn with a Zipf-like law
from a 20,000-word vocabulary built from 3,500 characters, not from one repeated sentence.
"""
import os
import random
import shutil
import sys

import generate as generate_mixed

PILLARS = ["humanized", "aligned", "nimble", "data-backed"]
SECTIONS = ["新闻", "文章", "工具", "资源", "观点"]
ENGLISH = ("Rust Go Swift Kubernetes Docker PostgreSQL Redis Linux WebAssembly TypeScript React Vue "
           "Nginx gRPC HTTP/3 SQLite LLVM GitHub CI CD API SDK JSON YAML Markdown Hugo Zola").split()
WORDS = 20_000
DOMAINS = ["example.com", "example.org", "blog.example.net", "docs.example.io", "news.example.cn"]


class Vocabulary:
    def __init__(self, rng):
        # The common block of CJK Unified Ideographs; 3,500 of them, like a school's list.
        characters = [chr(code) for code in rng.sample(range(0x4E00, 0x9FA5), 3500)]
        # Characters too follow a Zipf-like law: a few hundred make most of any text.
        by_rank = [1 / (rank + 1) for rank in range(len(characters))]
        self.words = []
        for _ in range(WORDS):
            length = rng.choices([1, 2, 3, 4], weights=[15, 60, 17, 8])[0]
            self.words.append("".join(rng.choices(characters, weights=by_rank, k=length)))
        # Zipf-like weights: the n-th word is used about 1/n as often as the first.
        self.weights = [1 / (rank + 1) for rank in range(len(self.words))]
        self.cumulative = []
        total = 0.0
        for weight in self.weights:
            total += weight
            self.cumulative.append(total)

    def sample(self, rng, count):
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)


class Writer:
    def __init__(self, rng, words, issue, issues):
        self.rng, self.words, self.issue, self.issues = rng, words, issue, issues

    def phrase(self, lo, hi):
        return "".join(self.words.sample(self.rng, self.rng.randint(lo, hi)))

    def sentence(self):
        parts = [self.phrase(4, 12)]
        for _ in range(self.rng.randint(0, 3)):
            parts.append(self.rng.choice(["，", "，", "、", "；"]) + self.phrase(3, 10))
        text = "".join(parts)
        if self.rng.random() < 0.15:
            text += f" {self.rng.choice(ENGLISH)} " + self.phrase(2, 6)
        if self.rng.random() < 0.08:
            text += f"（`{self.rng.choice(ENGLISH).lower()}`）"
        return text + self.rng.choice(["。", "。", "。", "！", "？"])

    def outside_link(self):
        path = "/".join(f"{self.rng.randrange(10 ** 6):x}" for _ in range(self.rng.randint(1, 3)))
        return f"[{self.phrase(2, 5)}](https://{self.rng.choice(DOMAINS)}/{path})"

    def issue_link(self):
        earlier = self.rng.randrange(max(1, self.issue))
        anchor = "#概述" if self.rng.random() < 0.3 else ""
        return f"[第 {earlier + 1} 期]({slug(earlier)}.md{anchor})"

    def paragraph(self):
        sentences = [self.sentence() for _ in range(self.rng.randint(3, 9))]
        for _ in range(self.rng.randint(0, 3)):
            link = self.outside_link() if self.rng.random() < 0.7 else self.issue_link()
            where = self.rng.randrange(len(sentences))
            sentences[where] = sentences[where][:-1] + f"，见{link}" + sentences[where][-1]
        return "".join(sentences)

    def item(self):
        return f"- **{self.outside_link()}**：{self.paragraph()}"

    def body(self, size):
        parts = ["## 概述", self.paragraph()]
        length = lambda: sum(len(p.encode()) + 2 for p in parts)
        while length() < size:
            parts.append(f"## {self.rng.choice(SECTIONS)}：{self.phrase(2, 4)}")
            for _ in range(self.rng.randint(2, 5)):
                roll = self.rng.random()
                if roll < 0.35:
                    parts.append("\n".join(self.item() for _ in range(self.rng.randint(2, 5))))
                elif roll < 0.45:
                    parts.append(f"### {self.phrase(2, 5)}")
                elif roll < 0.5:
                    parts.append("```\n" + "\n".join(f"{self.rng.choice(ENGLISH).lower()} --{self.phrase(1, 1)}"
                                                       for _ in range(3)) + "\n```")
                else:
                    parts.append(self.paragraph())
                if length() >= size:
                    break
        return "\n\n".join(parts) + "\n"


def slug(issue):
    return f"issue-{issue + 1:04d}"


def generate(count, directory):
    rng = random.Random(20261206 + count)
    words = Vocabulary(rng)
    content = os.path.join(directory, "content")
    shutil.rmtree(content, ignore_errors=True)
    os.makedirs(os.path.join(content, "articles"))
    os.makedirs(os.path.join(content, "pillars"))
    for pillar in PILLARS:
        with open(os.path.join(content, "pillars", pillar + ".md"), "w", encoding="utf-8") as file:
            file.write(f'---\ntitle: "{pillar}"\n---\n\n{Writer(rng, words, 0, count).paragraph()}\n')
    bodies = []
    for issue in range(count):
        writer = Writer(rng, words, issue, count)
        body = writer.body(int(rng.uniform(16_000, 26_000)))
        front = (f'---\ntitle: "第 {issue + 1} 期：{writer.phrase(2, 4)}"\nsummary: "{writer.phrase(6, 12)}"\n'
                 f"pillars: [{', '.join(rng.sample(PILLARS, rng.randint(0, 2)))}]\n"
                 f"tags: [{', '.join(rng.sample(words.words[:200], rng.randint(1, 3)))}]\n"
                 f"date: 202{3 + issue // 150}-{issue % 12 + 1:02d}-{issue % 28 + 1:02d}\n---\n\n")
        with open(os.path.join(content, "articles", slug(issue) + ".md"), "w", encoding="utf-8") as file:
            file.write(front + body)
        bodies.append(body)
    generate_mixed.finish(directory, f"title: 技术周刊（{count} 期）\ndescription: 生成的中文语料。\n"
                                     "languages: [zh]\nnoindex: true\n", bodies)

if __name__ == "__main__":
    generate(int(sys.argv[1]), sys.argv[2])
