"""What the browser tests share: a small playbook built with the `playbook` binary, and headless
Chromium through selenium with the Debian chromium and chromedriver (no downloads)."""
import functools
import http.server
import pathlib
import shutil
import subprocess
import tempfile
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def build(playbook, files, prefix):
    """Writes `files` (path: text) into a new temporary folder and builds it into its `site/`."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix=prefix))
    for path, text in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    subprocess.run([playbook, "build", "--root", str(folder)], check=True, stdout=subprocess.DEVNULL)
    return folder


def chromium_driver(profile=None):
    """Headless Chromium in a 1280×900 window, with its own profile folder when given."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    if profile:
        options.add_argument(f"--user-data-dir={profile}")
    browser_path = shutil.which("chromium")
    if browser_path:
        options.binary_location = browser_path
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    """Serves `directory` over HTTP on a free local port from a thread of its own; the server's
    `server_address[1]` is the port, `shutdown()` stops it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
