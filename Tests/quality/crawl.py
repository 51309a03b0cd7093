#!/usr/bin/env python3
"""Crawls a built site over HTTP and checks every link, asset and #anchor.

Usage: crawl.py BASE_URL SITE_DIR
  BASE_URL  where the site is served, e.g. http://127.0.0.1:8123/playbook/
  SITE_DIR  the built site on disk: every HTML file in it is crawled, linked or not.

Internal URLs (under BASE_URL) must answer 200, and a #fragment must name an id (or an <a
name>) in the target page. A URL that leaves BASE_URL on the same host is broken too: the
site must work under any sub-path. Exits 1 with one line per problem.
"""
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

URL_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"),
                  ("form", "action"), ("iframe", "src"), ("video", "src"), ("audio", "src")}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.urls, self.base = set(), [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "base" and attrs.get("href"):
            self.base = attrs["href"]
        for name, value in attrs.items():
            if (tag, name) in URL_ATTRIBUTES and value is not None:
                self.urls.append((tag, value))
            if name == "srcset" and value:
                self.urls += [(tag, part.strip().split(" ")[0]) for part in value.split(",") if part.strip()]


def fetch(url, cache={}):
    if url not in cache:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                cache[url] = (response.status, response.read(), response.headers.get_content_type())
        except urllib.error.HTTPError as error:
            cache[url] = (error.code, b"", "")
        except Exception as error:  # connection problems count as broken
            cache[url] = (0, str(error).encode(), "")
    return cache[url]


def parse(url, pages={}):
    if url not in pages:
        status, body, content_type = fetch(url)
        page = Page()
        if status == 200 and content_type == "text/html":
            page.feed(body.decode("utf-8"))
        pages[url] = page
    return pages[url]


def main():
    base, site = sys.argv[1], sys.argv[2]
    host = urllib.parse.urlsplit(base).netloc
    queue = []
    for folder, _, files in os.walk(site):
        for name in sorted(files):
            if name.endswith(".html"):
                relative = os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
                queue.append(base + urllib.parse.quote(relative))
    seen, problems, checked = set(queue), [], 0
    while queue:
        url = queue.pop()
        status, _, _ = fetch(url)
        if status != 200:
            problems.append(f"{url}: HTTP {status}")
            continue
        page = parse(url)
        for tag, raw in page.urls:
            if raw.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            target = urllib.parse.urljoin(urllib.parse.urljoin(url, page.base) if page.base else url, raw)
            parts = urllib.parse.urlsplit(target)
            if parts.netloc != host:
                continue  # external: not checked (no network on the intranet either)
            checked += 1
            document = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
            if not document.startswith(base):
                problems.append(f"{url}: <{tag}> '{raw}' leaves the site root ({document})")
                continue
            status, _, _ = fetch(document)
            if status != 200:
                problems.append(f"{url}: <{tag}> '{raw}' is broken (HTTP {status})")
                continue
            if parts.fragment:
                fragment = urllib.parse.unquote(parts.fragment)
                if fragment not in parse(document).ids:
                    problems.append(f"{url}: <{tag}> '{raw}': no id '{fragment}' in {document}")
            if document.endswith(".html") and document not in seen:
                seen.add(document)
                queue.append(document)
    problems += check_xml(base, site)
    for problem in problems:
        print(problem)
    print(f"crawl: {len(seen)} pages, {checked} links and assets checked, {len(problems)} broken")
    return 1 if problems else 0


def check_xml(base, site):
    """feed.xml and sitemap.xml parse, and every URL in them (under base) answers 200."""
    problems = []
    for folder, _, files in os.walk(site):
        for name in files:
            if name not in ("feed.xml", "sitemap.xml"):
                continue
            path = os.path.join(folder, name)
            try:
                root = ET.parse(path).getroot()
            except ET.ParseError as error:
                problems.append(f"{path}: not well-formed XML: {error}")
                continue
            for element in root.iter():
                url = element.get("href") or (element.text if element.tag.endswith("}loc") else None)
                if url and url.startswith(base) and fetch(url)[0] != 200:
                    problems.append(f"{path}: '{url}' is broken (HTTP {fetch(url)[0]})")
    return problems


if __name__ == "__main__":
    sys.exit(main())
