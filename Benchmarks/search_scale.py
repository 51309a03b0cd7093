#!/usr/bin/env python3
"""Search at scale: generates a playbook of N pages (default 10,000; half English, half
Chinese translations), builds it, reports the search index sizes and how long the first
query takes in headless Chromium (from the input event to the rendered results), and how
long the search page takes to load its index.

Usage: python3 Benchmarks/search_scale.py [PAGES] [PLAYBOOK_BINARY]
Needs chromium, chromium-driver and selenium (make gates installs them). Writes only in a
temporary folder.
"""
import gzip
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "Tests" / "quality"))
from browser import chromium  # noqa: E402

FOLDERS = ["articles", "cases", "phrases", "checklists", "exercises"]
PILLARS = ["humanized", "aligned", "nimble", "data-backed"]
EN = ("listen recall express empathy customer frontline leader team survey feedback call queue "
      "apology refund flight billing password shift coaching trust policy metric pressure "
      "recovery handover ticket escalation complaint gratitude silence question").split()
ZH = "倾听复述表达同理心客户一线管理者团队调查反馈电话排队道歉退款航班账单密码班次辅导信任政策指标压力补救交接工单升级投诉感谢沉默问题共情能力"


def english(rng, words):
    return " ".join(rng.choice(EN) for _ in range(words)).capitalize() + "."


def chinese(rng, chars):
    return "".join(rng.choice(ZH) for _ in range(chars)) + "。"


def generate(root, pages, rng):
    (root / "playbook.yml").write_text("title: Scale\nlanguages: [en, zh]\n", encoding="utf-8")
    for i in range(pages // 2):
        folder = FOLDERS[i % len(FOLDERS)]
        path = root / "content" / folder
        path.mkdir(parents=True, exist_ok=True)
        pillars = ", ".join(rng.sample(PILLARS, 2))
        en = [f"---\ntitle: {english(rng, 3)[:-1]} {i}\nsummary: {english(rng, 10)}\npillars: [{pillars}]\n---\n", english(rng, 40)]
        zh = [f"---\ntitle: {chinese(rng, 6)[:-1]}{i}\nsummary: {chinese(rng, 20)}\npillars: [{pillars}]\n---\n", chinese(rng, 80)]
        for section in range(4):
            en += [f"\n## {english(rng, 3)[:-1]} {section}\n", english(rng, 60)]
            zh += [f"\n## {chinese(rng, 5)[:-1]}{section}\n", chinese(rng, 120)]
        (path / f"page-{i}.md").write_text("\n".join(en), encoding="utf-8")
        (path / f"page-{i}.zh.md").write_text("\n".join(zh), encoding="utf-8")


def first_query(driver, url, query):
    start = time.perf_counter()
    driver.get(url)
    loaded = time.perf_counter() - start
    milliseconds = driver.execute_script(
        "const box = document.getElementById('search-q'); box.value = arguments[0];"
        "const t0 = performance.now(); box.dispatchEvent(new Event('input'));"
        "return [performance.now() - t0, document.querySelectorAll('#search-results li').length];", query)
    return loaded, milliseconds


def main():
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    binary = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else ".build/release/playbook").resolve()
    work = pathlib.Path(tempfile.mkdtemp())
    try:
        generate(work, pages, random.Random(7))
        start = time.perf_counter()
        subprocess.run([str(binary), "build", "--root", str(work)], check=True)
        print(f"built {pages} pages in {time.perf_counter() - start:.1f} s")
        site = work / "site"
        for name in ["search-index.json", "zh/search-index.json"]:
            data = (site / name).read_bytes()
            print(f"{name}: {len(data) / 1e6:.1f} MB, {len(gzip.compress(data)) / 1e6:.1f} MB gzipped")
        driver = chromium()
        try:
            for root, query in [("", "listen"), ("", "rec"), ("zh/", "共情"), ("zh/", "倾听复述")]:
                loaded, (ms, count) = first_query(driver, (site / root / "search" / "index.html").as_uri(), query)
                print(f"{root or 'en/'} '{query}': page with index loaded in {loaded * 1000:.0f} ms; "
                      f"first query {ms:.1f} ms, {count} results shown")
        finally:
            driver.quit()
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
