#!/usr/bin/env python3
"""Edit → reload latency of `playbook serve`, beside Hugo's server on the same pages.

    python3 Benchmarks/serve-latency.py [--playbook .build-release/release/playbook]
        [--edits 25] [--corpus 1000 --corpus 10000] [--hugo]

For each corpus (a name of `corpora.py`: 1000, 10000 or zh400, bodies of 1–40 KB; or the
folder of a playbook) the script starts `playbook serve`, then saves one page of median size
`--edits` times as an editor does (write beside, rename over) and times each save to the
`reload` Server-Sent Event. It reports the median and p90, the build time serve printed
(`--timings`: up to the reload) and the time it took to bring the site-wide files up to date
after the reload. With `--hugo` the same corpus is converted to a Hugo site (`hugo_site.py`)
and `hugo server` is timed from the same save to its livereload websocket message.

Named corpora are generated once into Benchmarks/corpus/ (git-ignored, `corpora.py`); the
edited page is put back as it was after the last save.
"""
import argparse
import base64
import json
import os
import queue
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import corpora  # noqa: E402
import hugo_site  # noqa: E402


class Lines:
    """A child's stdout read line by line on a thread of its own, so no line is ever stuck in
    a buffer that `select` cannot see."""

    def __init__(self, stream):
        self.lines = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, pattern, timeout):
        """The first line matching `pattern` within `timeout` seconds (others are dropped)."""
        deadline = time.time() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.time(), 0.01))
            except queue.Empty:
                return None
            if line is None:
                return None
            found = re.search(pattern, line)
            if found:
                return found

    def drain(self, pattern):
        """Every queued line matching `pattern`, now."""
        matches = []
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return matches
            if line is not None and (found := re.search(pattern, line)):
                matches.append(found)


class EventStream:
    """The preview's Server-Sent Events, read from a raw socket."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
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


class LiveReloadSocket:
    """Hugo's livereload websocket: a minimal client (handshake, then unmasked server frames)."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.recv()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise SystemExit(f"hugo's livereload refused the websocket: {head[:80]!r}")
        self.send({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]})

    def recv(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise SystemExit("hugo's livereload socket closed")
        return chunk

    def send(self, message):
        payload, mask = json.dumps(message).encode(), os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes([0x81, 0x80 | len(payload)]) + mask + masked)

    def message(self):
        while True:
            while len(self.buffer) < 2:
                self.buffer += self.recv()
            length, start = self.buffer[1] & 0x7F, 2
            if length == 126:
                while len(self.buffer) < 4:
                    self.buffer += self.recv()
                length, start = int.from_bytes(self.buffer[2:4], "big"), 4
            elif length == 127:
                while len(self.buffer) < 10:
                    self.buffer += self.recv()
                length, start = int.from_bytes(self.buffer[2:10], "big"), 10
            while len(self.buffer) < start + length:
                self.buffer += self.recv()
            opcode, payload = self.buffer[0] & 0x0F, self.buffer[start:start + length]
            self.buffer = self.buffer[start + length:]
            if opcode == 1:
                return json.loads(payload)

    def wait_for_reload(self):
        while self.message().get("command") != "reload":
            pass


def atomic_save(path, text):
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".bench-save")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.rename(temporary, path)


def median_page(root):
    """An English article of median body size: the page the edits go to."""
    folder = os.path.join(root, "content", "articles")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".md") and n.count(".") == 1)
    sized = sorted((os.path.getsize(os.path.join(folder, n)), n) for n in names)
    return os.path.join(folder, sized[len(sized) // 2][1])


def edit_times(path, edits, wait):
    """Saves `path` `edits` times, each with a new last line, timing each save to `wait()`."""
    with open(path, encoding="utf-8") as handle:
        original = handle.read()
    samples = []
    try:
        for n in range(edits):
            time.sleep(0.5)  # a pause between saves, as when typing; each save is its own rebuild
            start = time.perf_counter()
            atomic_save(path, original + f"\nEdit number {n}.\n")
            wait()
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        atomic_save(path, original)
    return samples


def stop(process):
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def spread(samples):
    samples = sorted(samples)
    return statistics.median(samples), samples[max(int(len(samples) * 0.9) - 1, 0)]


def measure_playbook(binary, root, edits):
    # TMPDIR as the user has it: unset, serve writes its preview into /dev/shm when there is one.
    server = subprocess.Popen([binary, "serve", "--no-open", "--timings", "--port", "0", "--root", root],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    lines = Lines(server.stdout)
    try:
        found = lines.wait_for(r"at http://127\.0\.0\.1:(\d+)/", timeout=600)
        if not found:
            raise SystemExit("playbook serve did not start")
        events = EventStream(int(found.group(1)))
        lines.drain(".")
        samples = edit_times(median_page(root), edits, lambda: events.wait_for(b"event: reload"))
        time.sleep(1)
        return samples, [float(m.group(1)) for m in lines.drain(r"^reload\s+([\d.]+) ms")]
    finally:
        stop(server)


def measure_hugo(root, edits, work):
    site = root
    if not os.path.exists(os.path.join(root, "hugo.toml")):
        site = os.path.join(work, "hugo-" + os.path.basename(root))
        shutil.copytree(os.path.join(root, "content"), os.path.join(site, "content"))
        hugo_site.write(site, corpora.languages(root))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # As a new user runs it: defaults (fast render, in memory), livereload on.
    server = subprocess.Popen(["hugo", "server", "--source", site, "--port", str(port), "--bind", "127.0.0.1"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    lines = Lines(server.stdout)
    try:
        if not lines.wait_for(r"Web Server is available", timeout=900):
            raise SystemExit("hugo server did not start")
        socket_ = LiveReloadSocket(port)
        lines.drain(".")
        samples = edit_times(median_page(site), edits, socket_.wait_for_reload)
        time.sleep(1)
        rebuilds = [float(m.group(1)) for m in lines.drain(r"Total in (\d+) ms")]
        return samples, rebuilds
    finally:
        stop(server)


def corpus(name):
    """A playbook folder: the named corpus, or `name` itself."""
    return corpora.path(name) if name in corpora.NAMES else os.path.abspath(name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--playbook", default=os.path.join(REPOSITORY, ".build-release/release/playbook"))
    parser.add_argument("--edits", type=int, default=25)
    parser.add_argument("--corpus", action="append", help=f"one of {corpora.NAMES}, or a playbook folder (repeatable)")
    parser.add_argument("--hugo", action="store_true", help="also time `hugo server` on the same pages")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.playbook)
    work = tempfile.mkdtemp(prefix="serve-latency-")
    rows = []
    try:
        for name in arguments.corpus or ["1000", "10000"]:
            root = corpus(name)
            samples, builds = measure_playbook(binary, root, arguments.edits)
            median, p90 = spread(samples)
            row = f"| {name} | playbook serve | {median:.0f} ms | {p90:.0f} ms | "
            row += f"{statistics.median(builds):.0f} ms |" if builds else "– |"
            if arguments.hugo:
                hugo_samples, rebuilds = measure_hugo(root, arguments.edits, work)
                hugo_median, hugo_p90 = spread(hugo_samples)
                row += (f"\n| {name} | hugo server | {hugo_median:.0f} ms | {hugo_p90:.0f} ms | "
                        + (f"{statistics.median(rebuilds):.0f} ms |" if rebuilds else "– |"))
            print(row, flush=True)
            rows.append(row)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{arguments.edits} saves each (atomic rename); save → reload event (playbook) or livereload message (Hugo)\n")
    print("| pages | server | save → reload, median | p90 | its own rebuild, median |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
