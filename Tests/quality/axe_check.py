#!/usr/bin/env python3
"""Runs axe-core 4 (shipped by PyPI's selenium-axe-python) in headless Chromium on at least one
page of every kind and every index, in every language, in the light and the dark colour scheme
(`prefers-color-scheme` emulated); fails on any violation, whatever its impact (a moderate
`heading-order` on the pillars index went unnoticed while only serious and critical ones
failed), and on JavaScript errors.

Usage: axe_check.py BASE_URL SITE_DIR
"""
import json
import os
import sys
import urllib.parse

import selenium_axe_python
from browser import chromium, script_errors
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

AXE = os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js")
KIND_FOLDERS = ["articles", "cases", "phrases", "checklists", "exercises"]


def pages(site):
    """Language roots (`` and `zh/`…), then per root: home, indexes, one page per kind and tag."""
    roots = [""] + [name + "/" for name in sorted(os.listdir(site))
                    if os.path.isfile(os.path.join(site, name, "index.html")) and len(name) <= 5 and name not in KIND_FOLDERS + ["tags"]]
    result = []
    for root in roots:
        result += [root + "index.html", root + "pillars/index.html", root + "tags/index.html", root + "404.html",
                   root + "search/index.html?q=" + ("同理" if root.startswith("zh") else "listen")]
        for folder in ["pillars", "tags"] + KIND_FOLDERS:
            path = os.path.join(site, root, folder)
            children = sorted(name for name in os.listdir(path) if os.path.isfile(os.path.join(path, name, "index.html"))) if os.path.isdir(path) else []
            if folder in KIND_FOLDERS:
                result.append(f"{root}{folder}/index.html")
            if children:
                result.append(f"{root}{folder}/{children[0]}/index.html")
    return result


def main():
    base, site = sys.argv[1], sys.argv[2]
    with open(AXE, encoding="utf-8") as file:
        axe = file.read()
    driver = chromium()
    failures = 0
    try:
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            if driver.execute_script(f"return matchMedia('(prefers-color-scheme: {scheme})').matches") is not True:
                print(f"axe: could not emulate the {scheme} scheme")
                failures += 1
            failures += check(driver, axe, base, site, scheme)
    finally:
        driver.quit()
    print(f"axe: {failures} problems")
    return 1 if failures else 0


def check(driver, axe, base, site, scheme):
    """axe on every page of `pages` in one colour scheme; the number of problems."""
    failures = 0
    for path in pages(site):
        driver.get(base + urllib.parse.quote(path, safe="/?=&"))
        if "?q=" in path:
            # The results, pages with their sections beneath, are there once the count is.
            WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "search-status").get_attribute("textContent"))
        driver.execute_script(axe)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations)).catch(e => done(String(e)));")
        if isinstance(result, str):
            print(f"{path} ({scheme}): axe failed: {result}")
            failures += 1
            continue
        for violation in result:
            targets = [node["target"] for node in violation["nodes"]][:5]
            print(f"{path} ({scheme}): {violation['impact']}: {violation['id']}: {violation['help']} {json.dumps(targets, ensure_ascii=False)}")
        for message in script_errors(driver):
            print(f"{path} ({scheme}): script error: {message}")
            failures += 1
        failures += len(result)
        print(f"axe: {path} ({scheme}): {len(result)} violations")
    return failures


if __name__ == "__main__":
    sys.exit(main())
