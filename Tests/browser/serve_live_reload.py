"""`playbook serve` in headless Chromium: the open page reloads after an edit and keeps its
scroll position, a broken page shows the error overlay, and fixing it removes the overlay.

Usage: python3 Tests/browser/serve_live_reload.py PATH/TO/playbook
Every wait has a deadline; the server and the browser are always stopped.
"""
import os
import re
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

try:
    import selenium_axe_python  # axe-core, for the overlay
except ImportError:
    sys.exit("serve_live_reload: selenium-axe-python is missing (`make browser-deps` installs it)")

PAGE = """---
title: Listen
---

{marker}

{paragraphs}
"""
PARAGRAPHS = "\n\n".join(f"Paragraph {i}: listen, recall, express." for i in range(120))


def write_page(root, marker, extra=""):
    """An editor's atomic save: write a temporary file, rename it over the page."""
    path = os.path.join(root, "content", "articles", "listen.md")
    temporary = os.path.join(root, "content", "articles", ".listen.md.swp-save")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(PAGE.format(marker=marker, paragraphs=PARAGRAPHS) + extra)
    os.rename(temporary, path)


class Failure(Exception):
    """A check that did not hold, with what was found."""


def check(condition, message):
    """Fails the run with `message` unless `condition` holds (also under python3 -O)."""
    if not condition:
        raise Failure(message)


def check_overlay_accessibility(driver):
    """axe-core over the overlay (from selenium-axe-python, which `make browser-deps` installs)."""
    with open(os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js"), encoding="utf-8") as handle:
        driver.execute_script(handle.read())
    violations = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run('#playbook-build-errors', {resultTypes: ['violations']}).then(r => done(r.violations)).catch(e => done(String(e)));")
    check(not isinstance(violations, str), f"axe-core failed to run: {violations}")
    serious = [(v["id"], v["help"]) for v in violations if v.get("impact") in ("serious", "critical")]
    check(not serious, f"axe-core finds serious or critical problems in the overlay: {serious}")
    print("ok: axe-core finds no serious or critical problem in the overlay")


def stop_server(server):
    """Ctrl-C, then the exit status (or "killed" if it did not stop within 30 s)."""
    server.send_signal(signal.SIGINT)
    try:
        return server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        return "killed"


def start_server(binary, root, scratch, port="0"):
    env = dict(os.environ, TMPDIR=scratch)
    server = subprocess.Popen([binary, "serve", "--no-open", "--port", port, "--root", root],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    # A thread reads the lines: select() on the pipe says nothing about lines a buffered
    # readline() has already taken in, so "serving at" could wait there unseen.
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stdout], daemon=True).start()
    deadline = time.time() + 60
    output = ""
    while time.time() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            if server.poll() is not None:
                break
            continue
        output += line
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if found:
            return server, found.group(1)
    server.kill()
    _, errors = server.communicate(timeout=10)
    raise SystemExit(f"serve did not start (exit {server.returncode}):\n{output}{errors}")


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/playbook")
    work = tempfile.mkdtemp(prefix="playbook-serve-browser-")
    root, scratch = os.path.join(work, "repo"), os.path.join(work, "tmp")
    os.makedirs(os.path.join(root, "content", "articles"))
    os.makedirs(scratch)
    with open(os.path.join(root, "playbook.yml"), "w", encoding="utf-8") as handle:
        handle.write("title: Browser test\nlanguages: [en]\n")
    write_page(root, "Version one.")

    server, url = start_server(binary, root, scratch)
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    # The page reloads itself under these waits: a poll that lands mid-navigation finds its
    # node gone ("does not belong to the document") and counts as "not yet"; a reload that
    # never shows the expected page still fails, by timeout.
    wait = WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,))
    statuses = []
    try:
        driver.get(url + "articles/listen/index.html")
        check("Version one." in driver.page_source, "the first version is not shown")
        # Wait until the page is connected (the hello event set its version), then scroll.
        wait.until(lambda d: d.execute_script("return document.documentElement.dataset.playbookPreview") == "connected")
        driver.execute_script("window.scrollTo(0, 1500); window.playbookMarker = 'before reload';")
        wait.until(lambda d: d.execute_script("return window.scrollY") == 1500)

        write_page(root, "Version two.")
        wait.until(lambda d: "Version two." in d.find_element(By.TAG_NAME, "main").text)
        check(driver.execute_script("return window.playbookMarker") is None, "the page did not reload")
        wait.until(lambda d: abs(d.execute_script("return window.scrollY") - 1500) < 50)
        print("ok: the page reloaded after an atomic save and kept its scroll position")

        write_page(root, "Version three.", "\nSee [the missing page](missing.md).\n")
        overlay = wait.until(lambda d: d.find_elements(By.ID, "playbook-build-errors"))[0]
        check(overlay.get_attribute("role") == "alertdialog", f"the overlay's role is {overlay.get_attribute('role')!r}")
        text = overlay.text
        check("Build failed: 1 error" in text, f"the overlay does not count the error: {text}")
        check(re.search(r"content/articles/listen\.md:\d+:\d+", text), f"the overlay has no file:line:column: {text}")
        check("See [the missing page](missing.md)." in text, f"the overlay does not quote the source line: {text}")
        check("Version two." in driver.find_element(By.TAG_NAME, "main").text, "the last good page does not stay under the overlay")
        check(driver.execute_script("return document.getElementById('playbook-build-errors').contains(document.activeElement)"),
              "the overlay does not hold the focus")
        driver.save_screenshot(os.path.join(work, "overlay.png"))
        if os.environ.get("PLAYBOOK_SCREENSHOT"):
            shutil.copy(os.path.join(work, "overlay.png"), os.environ["PLAYBOOK_SCREENSHOT"])
        print("ok: a broken page shows the overlay with file:line:col and the source line")
        check_overlay_accessibility(driver)

        write_page(root, "Version four.")
        wait.until(lambda d: "Version four." in d.find_element(By.TAG_NAME, "main").text)
        check(not driver.find_elements(By.ID, "playbook-build-errors"), "the overlay stays after the fix")
        print("ok: fixing the page removes the overlay and reloads")

        statuses.append(stop_server(server))
        write_page(root, "Version five.")  # saved while no server runs
        server, _ = start_server(binary, root, scratch, port=re.search(r":(\d+)/", url).group(1))
        wait.until(lambda d: "Version five." in d.find_element(By.TAG_NAME, "main").text)
        print("ok: the page reconnects to a restarted server and reloads")
    finally:
        driver.quit()
        if server.poll() is None:
            statuses.append(stop_server(server))
        leftovers = os.listdir(scratch)
        shutil.rmtree(work, ignore_errors=True)
    check(statuses == [0, 0], f"serve exited with {statuses}")
    check(leftovers == [], f"serve left {leftovers} behind")
    print("ok: Ctrl-C stops serve cleanly and leaves no temporary folder")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        sys.exit(f"serve_live_reload: FAIL: {failure}")
