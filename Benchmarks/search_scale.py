#!/usr/bin/env python3
"""Search at scale (issue 20): for each named corpus (corpora.py; default 10000 and zh400),
builds it with the release binary and reports, as Markdown tables:

- the index build's cost: the "search" stage's CPU seconds and its share of the clean build's
  CPU (`playbook build --timings --no-cache`, median of RUNS builds), wall seconds beside;
- per language: the index's files and bytes, and index bytes ÷ the language's page HTML
  (every .html under its root but the handbook, which repeats every page);
- in headless Chromium against a local HTTP server (cache off, so every query pays for its
  files): for each query, typed into the header's box of a fresh page at TYPING_MS a key,
  the milliseconds from the last keystroke to the results shown and the bytes transferred
  while typing; the same query set in one go on a fresh page (all of its files loaded by that
  query: the most a query transfers) and the milliseconds to its results; and a later query
  on a page that has searched once. Medians of REPEATS.

Usage: python3 Benchmarks/search_scale.py [CORPUS ...]
Needs the release build (`swift build -c release --build-path .build-release`), chromium,
chromium-driver and selenium (`make browser-deps`). Sites go to a temporary folder.
"""
import functools
import http.server
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading

import corpora

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "Tests" / "quality"))
from browser import chromium  # noqa: E402

PLAYBOOK = HERE.parent / ".build-release" / "release" / "playbook"
RUNS = 5
REPEATS = 5
TYPING_MS = 120

# Types `query` into the header's box a key at a time, `typingMs` apart (or all of it at once
# when `oneGo`), and reports the time from the last keystroke to the results of the whole
# query, the bytes of search files transferred meanwhile, and the number of results shown.
TYPE = """
const [query, typingMs, oneGo, done] = arguments;
const box = document.getElementById('site-search-q');
const before = performance.getEntriesByType('resource').length;
let last = 0;
box.form.addEventListener('playbook-search-shown', function shown(event) {
  if (event.detail.query !== query.trim()) return;
  box.form.removeEventListener('playbook-search-shown', shown);
  const ms = performance.now() - last;
  const bytes = performance.getEntriesByType('resource').slice(before)
    .filter(e => e.name.includes('/search/')).reduce((sum, e) => sum + e.transferSize, 0);
  done([ms, bytes, document.querySelectorAll('#site-search-q-list [role=option]').length - 1]);
});
let typed = 0;
(function key() {
  typed = oneGo ? query.length : typed + 1;
  box.value = query.slice(0, typed);
  last = performance.now();
  box.dispatchEvent(new Event('input'));
  if (typed < query.length) setTimeout(key, typingMs);
})();
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


def build_costs(corpus, site):
    """Median search-stage CPU, its share of the build's CPU, and the walls, of RUNS clean builds."""
    rows = []
    for _ in range(RUNS):
        shutil.rmtree(site, ignore_errors=True)
        run = subprocess.run([str(PLAYBOOK), "build", "--root", corpus, "--output", str(site), "--timings", "--no-cache"],
                             check=True, capture_output=True, text=True)
        stages = {line.split()[0]: (float(line.split()[1]), float(line.split()[4]))
                  for line in run.stderr.splitlines() if re.match(r"^\w+ +[\d.]+ s wall +[\d.]+ s CPU", line)}
        rows.append((stages["search"][1], stages["total"][1], stages["search"][0], stages["total"][0]))
    search_cpu, total_cpu, search_wall, total_wall = (statistics.median(column) for column in zip(*rows))
    return {"search CPU s": search_cpu, "build CPU s": total_cpu, "search share of CPU": search_cpu / total_cpu,
            "search wall s": search_wall, "build wall s": total_wall}


def sizes(site, languages):
    """Per language: index files, index bytes, largest file, index ÷ page HTML."""
    result = {}
    others = [code for code in languages[1:]]
    for index, code in enumerate(languages):
        root = site if index == 0 else site / code
        html = 0
        for path in root.rglob("*.html"):
            relative = path.relative_to(root).parts
            if relative[0] == "handbook" or (index == 0 and relative[0] in others):
                continue
            html += path.stat().st_size
        files = [path for path in (root / "search").iterdir() if path.suffix == ".js"]
        total = sum(path.stat().st_size for path in files)
        result[code] = {"files": len(files), "index MB": total / 1e6, "largest KB": max(p.stat().st_size for p in files) / 1e3,
                        "page HTML MB": html / 1e6, "index ÷ HTML": total / html}
    return result


def queries(corpus, languages):
    """(language root, query) pairs: words of the generators' vocabularies, and for Chinese
    pieces of real pages' first paragraphs (two and four characters, and a whole phrase)."""
    pairs = []
    if "en" in languages:
        pairs += [("", "listen"), ("", "customer refund"), ("", "escalation policy"), ("", "pa"), ("", "coaching feedback habit")]
    zh_root = "" if languages[0] == "zh" else "zh/"
    if "zh" in languages:
        texts = []
        for path in sorted(pathlib.Path(corpus, "content").rglob("*.md"))[:400:40]:
            if languages[0] != "zh" and not path.name.endswith(".zh.md"):
                continue
            body = path.read_text(encoding="utf-8").split("---", 2)[-1]
            run = max(re.findall(r"[\u4e00-\u9fff]{6,}", body) or [""], key=len)
            if run:
                texts.append(run)
        for text in texts[:2]:
            pairs += [(zh_root, text[:2]), (zh_root, text[:4]), (zh_root, text[:6])]
    if languages == ["zh"]:
        pairs.append(("", "Kubernetes"))
    return pairs


def browser_figures(site, pairs):
    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    driver = chromium()
    driver.set_script_timeout(30)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    rows = []
    try:
        for number, (root, query) in enumerate(pairs):
            later = pairs[(number + 1) % len(pairs)]
            later_query = later[1] if later[0] == root else query + " " + query
            typed, whole, again = [], [], []
            for _ in range(REPEATS):
                driver.get(base + root + "index.html")
                typed.append(driver.execute_async_script(TYPE, query, TYPING_MS, False))
                driver.get(base + root + "index.html")
                whole.append(driver.execute_async_script(TYPE, query, 0, True))
                again.append(driver.execute_async_script(TYPE, later_query, TYPING_MS, False))
            rows.append({"language": root or "/", "query": query, "results": whole[0][2],
                         "typed: ms after last key": statistics.median(r[0] for r in typed),
                         "typed: KB": statistics.median(r[1] for r in typed) / 1e3,
                         "one go: ms": statistics.median(r[0] for r in whole),
                         "one go: KB": statistics.median(r[1] for r in whole) / 1e3,
                         "later query: ms": statistics.median(r[0] for r in again),
                         "later query: KB": statistics.median(r[1] for r in again) / 1e3})
    finally:
        driver.quit()
        server.shutdown()
    return rows


def table(rows):
    keys = list(rows[0].keys())
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    for row in rows:
        lines.append("| " + " | ".join(f"{v:.3g}" if isinstance(v, float) else str(v) for v in row.values()) + " |")
    return "\n".join(lines)


def main():
    names = sys.argv[1:] or ["10000", "zh400"]
    work = pathlib.Path(tempfile.mkdtemp(prefix="search-scale-"))
    try:
        for name in names:
            corpus = corpora.path(name)
            languages = corpora.languages(corpus)
            site = work / name
            costs = build_costs(corpus, site)
            print(f"\n## {name} ({', '.join(languages)})\n")
            print(table([{k: v for k, v in costs.items()}]))
            print()
            print(table([{"language": code, **figures} for code, figures in sizes(site, languages).items()]))
            print()
            rows = browser_figures(site, queries(corpus, languages))
            print(table(rows))
            print(f"\nmost a query transfers: {max(r['one go: KB'] for r in rows):.0f} KB; "
                  f"slowest first results after the last key: {max(r['typed: ms after last key'] for r in rows):.0f} ms; "
                  f"slowest later query: {max(r['later query: ms'] for r in rows):.0f} ms")
            sys.stdout.flush()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
