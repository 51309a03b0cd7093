#!/usr/bin/env python3
"""Typing in the search box shows the expected result, in English and in Chinese, both over
HTTP and from file://; the header's search box reaches the search page; the 404 page's links
work when a server shows it from a deep URL.

Environment: SITE_DIR (the built site), SITE_URL (where it is served, optional),
SITE_URL_NO_BASE (where the same playbook built without a baseURL is served, optional).
"""
import os
import pathlib
import sys
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "quality"))
from browser import chromium, script_errors  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CASES = [
    # (language root, what is typed, the result title expected first, a word that must be marked)
    ("", "listen recall", "Listen, recall, express", "Listen"),
    ("", "PRESSURE", "Empathy under pressure", "pressure"),
    ("zh/", "同理心鸿沟", "同理心鸿沟", "同理心鸿沟"),
    ("zh/", "倾听", None, "倾听"),
]


def first_results(driver, timeout=5):
    WebDriverWait(driver, timeout).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    return driver.find_elements(By.CSS_SELECTOR, "#search-results li")


def check_typing(driver, base, failures):
    for root, query, title, marked in CASES:
        driver.get(base + root + "search/index.html")
        box = driver.find_element(By.ID, "search-q")
        box.send_keys(query)
        try:
            results = first_results(driver)
        except TimeoutException:
            failures.append(f"{base}{root}: '{query}' shows no results")
            continue
        first = results[0].find_element(By.CSS_SELECTOR, ".result-title").text
        if title and first != title:
            failures.append(f"{base}{root}: '{query}' shows '{first}' first, expected '{title}'")
        marks = [m.get_attribute("textContent") for m in driver.find_elements(By.CSS_SELECTOR, "#search-results mark")]
        if "" in marks:
            failures.append(f"{base}{root}: '{query}' shows an empty <mark>")
        if not any(m and (marked.lower() in m.lower() or m.lower() in marked.lower()) for m in marks):
            failures.append(f"{base}{root}: '{query}' marks {marks[:5]}, expected '{marked}'")
        WebDriverWait(driver, 3).until(lambda d: d.find_element(By.ID, "search-status").text)
        # Keyboard: ArrowDown from the box focuses the first result; Enter follows it.
        box.send_keys(Keys.ARROW_DOWN)
        focused = driver.switch_to.active_element
        if focused.get_attribute("href") != results[0].find_element(By.TAG_NAME, "a").get_attribute("href"):
            failures.append(f"{base}{root}: ArrowDown does not focus the first result")
        failures += [f"{base}{root}search/: {e}" for e in script_errors(driver)]


# The cases of SearchTokenizerTests.swift: the browser must split text as the build did.
TOKENIZER_CASES = [
    ("Listen, RECALL & express!", [["w", "listen"], ["w", "recall"], ["w", "express"]]),
    ("Café Noël naïve", [["w", "cafe"], ["w", "noel"], ["w", "naive"]]),
    ("24/7 support", [["w", "24"], ["w", "7"], ["w", "support"]]),
    ("共情能力", [["c", "共情能力"]]),
    ("倾听，复述", [["c", "倾听"], ["c", "复述"]]),
    ("HAND支柱Data", [["w", "hand"], ["c", "支柱"], ["w", "data"]]),
    ("ありがとう 감사", [["c", "ありがとう"], ["c", "감사"]]),
    ("\uF900\u8C48 \U0002F800\uFA0E", [["c", "\u8C48\u8C48"], ["c", "\u4E3D\uFA0E"]]),
    (" — … !! ", []),
]


def check_tokenizer(driver, base, failures):
    driver.get(base + "search/index.html")
    for text, expected in TOKENIZER_CASES:
        runs = driver.execute_script(
            "return window.PLAYBOOK_TOKENIZER.runs(arguments[0]).map(r => [r.cjk ? 'c' : 'w', r.text]);", text)
        if runs != expected:
            failures.append(f"tokenizer: '{text}' gives {runs}, SearchTokenizer.swift gives {expected}")


def check_header_box(driver, base, failures):
    driver.get(base + "articles/index.html")
    box = driver.find_element(By.ID, "site-search-q")
    box.send_keys("checklist", Keys.ENTER)
    try:
        WebDriverWait(driver, 5).until(lambda d: "/search/index.html" in d.current_url)
        first_results(driver)
    except TimeoutException:
        failures.append(f"{base}: the header's search box does not lead to results ({driver.current_url})")


def check_not_found(driver, base, failures):
    """The 404 page shown at missing URLs of every depth, in both languages, links home and
    has its stylesheet."""
    for missing, home in [("articles/no-such-page/", "index.html"), ("no-such-page", "index.html"),
                          ("zh/cases/gone/deeper/", "zh/index.html")]:
        driver.get(base + missing)
        link = driver.find_element(By.CSS_SELECTOR, "a.not-found-home")
        if link.get_property("href") != base + home:
            failures.append(f"404 at {base}{missing}: home link is {link.get_property('href')}, expected {base}{home}")
        colour = driver.execute_script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor")
        if colour in ("rgba(0, 0, 0, 0)", "transparent"):
            failures.append(f"404 at {base}{missing}: the stylesheet did not load")
        skip = driver.find_element(By.CSS_SELECTOR, "a.skip-link").get_property("href")
        if not skip.startswith(base + missing):
            failures.append(f"404 at {base}{missing}: the skip link leads to {skip}")


def main():
    site = pathlib.Path(os.environ["SITE_DIR"]).resolve()
    bases = [site.as_uri() + "/"]
    if os.environ.get("SITE_URL"):
        bases.append(os.environ["SITE_URL"])
    failures = []
    driver = chromium()
    try:
        check_tokenizer(driver, bases[0], failures)
        for base in bases:
            check_typing(driver, base, failures)
            check_header_box(driver, base, failures)
        for variable in ("SITE_URL", "SITE_URL_NO_BASE"):
            if os.environ.get(variable):
                check_not_found(driver, os.environ[variable], failures)
    finally:
        driver.quit()
    for failure in failures:
        print(failure)
    print(f"search_test: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
