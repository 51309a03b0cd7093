#!/usr/bin/env python3
"""The theme's search (templates/assets/search.js) in headless Chromium, against a small
playbook whose expected orders are worked out by hand below.

search.js scores each document (a page's part before its first heading, or one heading's
section) per query word: 100 in the title, 20 in the heading, 1 in the text, times 0.8 for a
word the term only starts; a document must match every word, and its score is the sum. A page
shows once, ranked and linked by its best document. Ties keep the index's order (kind, then the
section's order). The pages' `order` puts the index's
order against the ranking, so a search that ranked nothing would fail.

Usage: python3 Tests/browser/test_search_ranking.py PATH/TO/playbook
Run by `make test-browser`, which `make test` calls.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "quality"))
from browser import chromium, script_errors  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PLAYBOOK = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/playbook"


def page(title, front="", body="Text."):
    return f"---\ntitle: {title}\n{front}---\n\n{body}\n"


# Documents in the index's order: Alpha, Bravo, Bravo › Empathy in meetings, Empathy at work,
# Zulu drill, Zulu drill › Empathy drill, Case one, Case two, Case three, Listening checklist.
FILES = {
    "playbook.yml": "title: Ranking test\nlanguages: [en]\n",
    "content/articles/alpha.md": page("Alpha notes", "order: 1\n", "We practise empathy every day."),
    "content/articles/bravo.md": page("Bravo notes", "order: 2\n",
                                      "Some words.\n\n## Empathy in meetings\n\nMeet often and listen."),
    "content/articles/charlie.md": page("Empathy at work", "order: 3\n", "Plain words."),
    "content/articles/zulu.md": page("Zulu drill", "order: 4\n", "Empathy first.\n\n## Empathy drill\n\nEmpathy again."),
    "content/cases/one.md": page("Case one", "order: 1\npillars: [nimble]\n", "They kept listening to the customer."),
    "content/cases/two.md": page("Case two", "order: 2\npillars: [humanized]\n", "Just listen to the customer."),
    "content/cases/three.md": page("Case three", "order: 3\npillars: [humanized]\n", "We relisten to the recording."),
    "content/checklists/listening.md": page("Listening checklist", "order: 1\npillars: [humanized]\n", "- [ ] Breathe"),
    # A heading whose anchor is its own slug in Chinese: the index stores "#" and search.js
    # rebuilds the anchor from the heading.
    "content/articles/delta.md": page("Delta notes", "order: 5\n", "Words.\n\n## 倾听：客户的声音\n\n我们每天倾听客户。"),
}


class SearchRankingTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = pathlib.Path(tempfile.mkdtemp(prefix="playbook-ranking-"))
        try:
            for path, text in FILES.items():
                target = cls.folder / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            subprocess.run([PLAYBOOK, "build", "--root", str(cls.folder)], check=True, stdout=subprocess.DEVNULL)
            cls.search_page = (cls.folder / "site" / "search" / "index.html").as_uri()
            cls.driver = chromium()
        except BaseException:
            shutil.rmtree(cls.folder, ignore_errors=True)
            raise

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def results(self, query, kind="", pillar=""):
        """(title, section) of every result, best first, for the search page opened with
        `?q=…&kind=…&pillar=…` (the page reads them as it loads, and announces the count)."""
        parameters = {"q": query, "kind": kind, "pillar": pillar}
        self.driver.get(self.search_page + "?" + urllib.parse.urlencode({k: v for k, v in parameters.items() if v}))
        WebDriverWait(self.driver, 10).until(
            lambda d: d.find_element(By.ID, "search-status").get_attribute("textContent"))
        for name, value in (("search-kind", kind), ("search-pillar", pillar)):
            chosen = self.driver.find_element(By.ID, name).get_property("value")
            self.assertEqual(chosen, value, f"the {name} menu has no option '{value}'")
        found = []
        for item in self.driver.find_elements(By.CSS_SELECTOR, "#search-results > li"):
            sections = item.find_elements(By.CSS_SELECTOR, ".result-section")
            found.append((item.find_element(By.CSS_SELECTOR, ".result-title").get_attribute("textContent"),
                          sections[0].get_attribute("textContent").lstrip("› ") if sections else None))
        self.assertEqual(script_errors(self.driver), [], "the search page logged script errors")
        return found

    def test_a_title_ranks_above_a_heading_above_text(self):
        self.assertEqual(self.results("empathy"), [
            ("Empathy at work", None),                  # title: 100
            ("Bravo notes", "Empathy in meetings"),     # heading: 20
            ("Zulu drill", "Empathy drill"),            # heading: 20; its text match (1) is not shown again
            ("Alpha notes", None),                      # text: 1
        ])

    def test_a_word_matches_the_terms_it_starts_below_the_term_itself(self):
        self.assertEqual(self.results("listen"), [
            ("Listening checklist", None),              # title, as a prefix: 80
            ("Bravo notes", "Empathy in meetings"),     # text: 1, before Case two in the index
            ("Case two", None),                         # text: 1
            ("Case one", None),                         # text, as a prefix: 0.8 ("relisten" is no match)
        ])

    def test_every_word_is_required_and_scores_add_up(self):
        self.assertEqual(self.results("listen customer"), [
            ("Case two", None),                         # 1 + 1
            ("Case one", None),                         # 0.8 + 1
        ])
        self.assertEqual(self.results("empathy meetings"), [("Bravo notes", "Empathy in meetings")])
        self.assertEqual(self.results("empathy customer"), [])
        self.assertEqual(self.driver.find_element(By.ID, "search-status").get_attribute("textContent"),
                         self.driver.find_element(By.ID, "search").get_attribute("data-none"))

    def test_the_kind_and_pillar_menus_filter_the_results(self):
        self.assertEqual(self.results("listen", kind="caseStory"), [("Case two", None), ("Case one", None)])
        self.assertEqual(self.results("listen", pillar="humanized"), [("Listening checklist", None), ("Case two", None)])
        self.assertEqual(self.results("listen", kind="caseStory", pillar="humanized"), [("Case two", None)])
        self.assertEqual(self.results("empathy", kind="checklist"), [])


    def test_a_chinese_heading_result_opens_its_section(self):
        self.assertEqual(self.results("倾听"), [("Delta notes", "倾听：客户的声音")])
        href = self.driver.find_element(By.CSS_SELECTOR, "#search-results > li a[href*='#']").get_attribute("href")
        anchor = urllib.parse.unquote(urllib.parse.urlsplit(href).fragment)
        self.driver.get(href)
        headings = self.driver.find_elements(By.ID, anchor)
        self.assertEqual([h.get_attribute("textContent").strip() for h in headings], ["倾听：客户的声音"],
                         f"the result's anchor #{anchor} is not the heading's id")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
