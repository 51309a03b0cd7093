#!/usr/bin/env python3
"""Edit → reload latency of `playbook serve`: the time from an editor's save (an atomic
rename over the page) to the `reload` Server-Sent Event, which the server sends only after
the rebuilt site has been written. Median of N edits, at the sample playbook (this
repository's content/) and at a generated playbook of 1,000 pages.

    python3 Benchmarks/serve-latency.py [--playbook .build/release/playbook] [--edits 25] [--pages 1000]

Self-contained: it generates its own corpus in a temporary folder and never writes into
the repository. Speed lives here, not in the tests.
"""
import argparse
import os
import re
import select
import shutil
import signal
import socket
import statistics
import subprocess
import tempfile
import threading
import time

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = ["articles", "cases", "phrases", "checklists", "exercises"]
PILLARS = ["humanized", "aligned", "nimble", "data-backed"]


def generate(root, pages):
    """`pages` pages spread over the five sections, each linking to the next in its section."""
    write(root, "playbook.yml", "title: Generated playbook\nlanguages: [en]\n")
    for pillar in PILLARS:
        write(root, f"content/pillars/{pillar}.md", f"---\ntitle: {pillar.title()}\n---\n\nThe {pillar} pillar.\n")
    per_section = pages // len(SECTIONS)
    for s, section in enumerate(SECTIONS):
        for i in range(per_section):
            following = f"page-{(i + 1) % per_section}.md"
            extra = "duration: 30\nparticipants: \"3-8\"\n" if section == "exercises" else ""
            body = "\n\n".join(
                f"## Part {p}\n\nListen, recall and express: paragraph {p} of page {i}, "
                f"with a link to [the next page]({following}) and **some emphasis**." for p in range(6))
            if section == "checklists":
                body += "\n\n## Tasks\n\n- [ ] First\n- [ ] Second\n"
            write(root, f"content/{section}/page-{i}.md",
                  f"---\ntitle: {section.title()} page {i}\nsummary: Page {i} of {section}.\n"
                  f"pillars: [{PILLARS[(i + s) % 4]}]\ntags: [tag-{i % 20}]\n{extra}---\n\n{body}\n")


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as handle:
        handle.write(text)


def atomic_save(path, text):
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".bench-save")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.rename(temporary, path)


def serve(binary, root):
    """Starts serve; returns it, its port, and a list that collects the build times it prints."""
    # TMPDIR as the user has it: unset, serve writes its preview into /dev/shm when there is one.
    server = subprocess.Popen([binary, "serve", "--no-open", "--port", "0", "--root", root], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    deadline = time.time() + 300
    while time.time() < deadline:
        ready, _, _ = select.select([server.stdout], [], [], 1)
        if ready:
            found = re.search(r"at http://127\.0\.0\.1:(\d+)/", server.stdout.readline())
            if found:
                builds = []
                threading.Thread(target=collect_build_times, args=(server.stdout, builds), daemon=True).start()
                return server, int(found.group(1)), builds
        if server.poll() is not None:
            break
    server.kill()
    raise SystemExit("serve did not start")


def collect_build_times(stream, builds):
    for line in stream:
        found = re.match(r"Built \d+ pages? in ([\d.]+) s", line)
        if found:
            builds.append(float(found.group(1)) * 1000)


class EventStream:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.sock.sendall(b"GET /__playbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.buffer = b""
        self.wait_for(b"event: hello")

    def wait_for(self, needle):
        while needle not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("the event stream closed")
            self.buffer += chunk
        self.buffer = self.buffer.split(needle, 1)[1]


def measure(binary, root, page, edits, label):
    server, port, builds = serve(binary, root)
    try:
        events = EventStream(port)
        path = os.path.join(root, page)
        with open(path, encoding="utf-8") as handle:
            original = handle.read()
        samples = []
        for n in range(edits):
            time.sleep(0.3)  # a pause between saves, as when typing; each save is its own rebuild
            start = time.perf_counter()
            atomic_save(path, original + f"\nEdit number {n}.\n")
            events.wait_for(b"event: reload")
            samples.append((time.perf_counter() - start) * 1000)
        time.sleep(0.2)  # the last "Built" line
        overheads = sorted(total - build for total, build in zip(samples, builds[-edits:]))
        samples.sort()
        print(f"{label}: save → reload median {statistics.median(samples):.0f} ms, p90 {samples[int(len(samples) * 0.9) - 1]:.0f} ms, "
              f"min {samples[0]:.0f} ms, max {samples[-1]:.0f} ms over {edits} edits; "
              f"of which the build (load → write) median {statistics.median(builds[-edits:]):.0f} ms, "
              f"watching + event median {statistics.median(overheads):.0f} ms")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--playbook", default=os.path.join(REPOSITORY, ".build/release/playbook"))
    parser.add_argument("--edits", type=int, default=25)
    parser.add_argument("--pages", type=int, default=1000)
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.playbook)
    work = tempfile.mkdtemp(prefix="serve-latency-")
    try:
        sample = os.path.join(work, "sample")
        shutil.copytree(os.path.join(REPOSITORY, "content"), os.path.join(sample, "content"))
        shutil.copy(os.path.join(REPOSITORY, "playbook.yml"), sample)
        pages = sum(1 for _, _, files in os.walk(os.path.join(sample, "content")) for f in files if f.endswith(".md"))
        measure(binary, sample, "content/articles/listen-recall-express.md", arguments.edits, f"sample playbook ({pages} source pages)")
        generated = os.path.join(work, "generated")
        generate(generated, arguments.pages)
        measure(binary, generated, "content/articles/page-7.md", arguments.edits, f"generated playbook ({arguments.pages} pages)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
