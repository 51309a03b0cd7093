#!/usr/bin/env python3
"""Results as you type under the header's search box (templates/assets/search.js), in headless
Chromium, from file:// and over http under a sub-path: the ARIA combobox and its keys, a query
whose words fall in different term shards (only their shards load), English and Chinese, 390 px,
the search page's "More results", the form without JavaScript, and axe with the list open.

Usage: python3 Tests/browser/test_search_combobox.py PATH/TO/playbook
Run by `make test-browser`, which `make test` calls.
"""
import json
import pathlib
import random
import shutil
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "quality"))
from browser import chromium, script_errors  # noqa: E402
from playbook_fixture import build, serve  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PLAYBOOK = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/playbook"


def filler(number):
    """Text of made-up words, different on every page, so that the index has many shards."""
    rng = random.Random(number)
    return " ".join("".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4)) for _ in range(250))


FILES = {
    "playbook.yml": "title: Combobox test\nlanguages: [en, zh]\n",
    "content/articles/zebra.md": "---\ntitle: Zebra crossing\npillars: [nimble]\n---\n\nAn aardvark waits. Common words.\n\n"
                                 "## Aardvark habits\n\nThe zebra sleeps.\n",
    "content/articles/zebra.zh.md": "---\ntitle: 斑马线\n---\n\n共情能力从倾听开始。Common words.\n",
    "content/cases/other.md": "---\ntitle: Another case\n---\n\nOnly an aardvark here.\n",
    # Ten sections that match "walrus", one page: it must take one option, not the whole list.
    "content/articles/walrus.md": "---\ntitle: Walrus guide\n---\n\nIntro.\n\n" +
                                  "".join(f"## Part {n}\n\nA walrus, part {n}.\n\n" for n in range(10)),
    "content/cases/walrus.md": "---\ntitle: Walrus case\n---\n\nOne walrus.\n",
    # No part of this page holds both "lantern" and "harbour", nor "ferry" and "lantern".
    "content/articles/ferry.md": "---\ntitle: Ferry timetable\n---\n\nTimes.\n\n## Boarding\n\nBring a lantern.\n\n"
                                 "## Arrival\n\nThe harbour is quiet.\n",
    "content/cases/lantern.md": "---\ntitle: Lantern and harbour\n---\n\nA lantern by the harbour.\n",
}
FILES.update({f"content/articles/filler-{n}.md": f"---\ntitle: Filler {n}\n---\n\nCommon words. {filler(n)}\n" for n in range(45)})


def code_points(text):
    return [ord(c) for c in text]


def shard_of(firsts, term):
    """The shard a term falls in, as search.js finds it (code point order)."""
    number = 0
    for index, first in enumerate(firsts):
        if code_points(first) <= code_points(term):
            number = index
    return number


class SearchComboboxTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = build(PLAYBOOK, FILES, "playbook-combobox-")
        cls.addClassCleanup(shutil.rmtree, cls.folder, ignore_errors=True)
        site = cls.folder / "site"
        manifest = (site / "search" / "manifest.js").read_text(encoding="utf-8")
        cls.manifest = json.loads(manifest[manifest.index(",") + 1:manifest.rindex(")")])
        # The site's parent is served, so that the site sits under a sub-path: /site/.
        cls.server = serve(cls.folder)
        cls.addClassCleanup(cls.server.shutdown)
        cls.bases = [site.as_uri() + "/", f"http://127.0.0.1:{cls.server.server_address[1]}/site/"]
        cls.driver = chromium()
        cls.addClassCleanup(cls.driver.quit)

    def tearDown(self):
        self.driver.set_window_size(1280, 900)

    def type(self, base, path, query):
        """Opens `path`, types `query` into the header's box, waits for the list; the box."""
        self.driver.get(base + path)
        box = self.driver.find_element(By.ID, "site-search-q")
        if not box.is_displayed():
            self.driver.find_element(By.CSS_SELECTOR, ".search-link").click()
        box.send_keys(query)
        WebDriverWait(self.driver, 5).until(lambda d: box.get_attribute("aria-expanded") == "true")
        return box

    def options(self):
        return self.driver.find_elements(By.CSS_SELECTOR, "#site-search-q-list [role=option]")

    def test_the_box_is_a_combobox_whose_options_show_title_kind_section_and_marks(self):
        for base in self.bases:
            box = self.type(base, "articles/index.html", "aardvark")
            self.assertEqual(box.get_attribute("role"), "combobox")
            listbox = self.driver.find_element(By.ID, box.get_attribute("aria-controls"))
            self.assertEqual(listbox.get_attribute("role"), "listbox")
            self.assertTrue(listbox.is_displayed())
            options = self.options()
            titles = [o.find_element(By.CSS_SELECTOR, ".option-title").text for o in options[:-1]]
            # One option a page: its best section (the heading match) ranks it above the text match.
            self.assertEqual(titles, ["Zebra crossing", "Another case"])
            self.assertEqual(options[0].find_element(By.CSS_SELECTOR, ".option-section").text, "Aardvark habits")
            self.assertEqual(options[0].get_attribute("data-href"), base + "articles/zebra/index.html#aardvark-habits")
            self.assertEqual(options[0].find_element(By.CSS_SELECTOR, ".option-meta .badge").text, "Article")
            self.assertEqual(options[1].find_element(By.CSS_SELECTOR, ".option-meta .badge").text, "Case story")
            self.assertEqual(listbox.find_elements(By.CSS_SELECTOR, "[role=option] [role=option], [role=option] a"), [],
                             "an option holds no other option nor link")
            marks = {m.text.lower() for m in listbox.find_elements(By.TAG_NAME, "mark")}
            self.assertIn("aardvark", marks)
            self.assertIn("All results for", options[-1].text)
            self.assertEqual(script_errors(self.driver), [])

    def test_a_page_takes_one_option_however_many_of_its_sections_match(self):
        for base in self.bases:
            box = self.type(base, "index.html", "walrus")
            options = self.options()
            self.assertEqual([o.find_element(By.CSS_SELECTOR, ".option-title").text for o in options[:-1]],
                             ["Walrus guide", "Walrus case"])
            # A title match links the page itself, not one of its sections.
            self.assertEqual(options[0].get_attribute("data-href"), base + "articles/walrus/index.html")
            self.assertEqual(options[0].find_elements(By.CSS_SELECTOR, ".option-section"), [])
            status = self.driver.find_element(By.CSS_SELECTOR, "form.site-search [role=status]").get_attribute("textContent")
            self.assertIn("2", status, "the count is of pages")
            box.clear()
            box.send_keys("part")
            WebDriverWait(self.driver, 5).until(lambda d: len(self.options()) == 2)
            option = self.options()[0]
            self.assertEqual(option.find_element(By.CSS_SELECTOR, ".option-title").text, "Walrus guide")
            self.assertEqual(option.get_attribute("data-href"), base + "articles/walrus/index.html#part-0",
                             "the page's best section, first in the index on a tie, gives the anchor")

    def test_arrow_keys_move_enter_opens_escape_closes_and_keeps_the_focus(self):
        for base in self.bases:
            box = self.type(base, "index.html", "aardvark")
            options = self.options()
            ids = [o.get_attribute("id") for o in options]
            box.send_keys(Keys.ARROW_DOWN)
            self.assertEqual(box.get_attribute("aria-activedescendant"), ids[0])
            self.assertEqual(options[0].get_attribute("aria-selected"), "true")
            box.send_keys(Keys.ARROW_DOWN)
            self.assertEqual(box.get_attribute("aria-activedescendant"), ids[1])
            self.assertEqual(options[0].get_attribute("aria-selected"), "false")
            box.send_keys(Keys.ARROW_UP, Keys.ARROW_UP)
            self.assertEqual(box.get_attribute("aria-activedescendant"), ids[-1], "ArrowUp from the first wraps to the last")
            box.send_keys(Keys.ESCAPE)
            self.assertEqual(box.get_attribute("aria-expanded"), "false")
            self.assertFalse(self.driver.find_element(By.ID, "site-search-q-list").is_displayed())
            self.assertIsNone(box.get_attribute("aria-activedescendant"))
            self.assertEqual(self.driver.switch_to.active_element, box)
            box.send_keys(Keys.ARROW_DOWN)
            self.assertEqual(box.get_attribute("aria-expanded"), "true", "ArrowDown opens the list again")
            box.send_keys(Keys.ENTER)
            WebDriverWait(self.driver, 5).until(lambda d: "articles/zebra/index.html#aardvark-habits" in d.current_url)

    def test_the_last_option_opens_the_search_page_with_every_result(self):
        for base in self.bases:
            box = self.type(base, "cases/index.html", "aardvark")
            box.send_keys(Keys.ARROW_UP, Keys.ENTER)
            WebDriverWait(self.driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
            self.assertTrue(self.driver.current_url.startswith(base + "search/index.html?q=aardvark"))
            self.assertEqual(self.driver.find_element(By.ID, "search-q").get_property("value"), "aardvark")
            self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "#search-results > li")), 2)

    def test_a_query_loads_the_shards_of_its_words_only(self):
        firsts = self.manifest["shards"]
        self.assertGreater(len(firsts), 4, "the fixture needs many shards")
        words = ["aardvark", "zebra"]
        shards = {shard_of(firsts, word) for word in words}
        self.assertEqual(len(shards), 2, f"'aardvark' and 'zebra' must fall in different shards of {firsts}")
        for base in self.bases:
            self.type(base, "index.html", "zebra aardvark")
            titles = [o.find_element(By.CSS_SELECTOR, ".option-title").text for o in self.options()[:-1]]
            self.assertEqual(titles, ["Zebra crossing"])
            # The script elements search.js added (file:// keeps no resource timings).
            loaded = self.driver.execute_script(
                "return Array.from(document.scripts, s => s.src).filter(n => /\\/search\\/t\\d+\\.js$/.test(n));")
            numbers = {int(name.rsplit("/t", 1)[1][:-3]) for name in loaded}
            self.assertTrue(shards <= numbers, f"loaded {numbers}, the words are in {shards}")
            self.assertLessEqual(len(numbers), 2 * 3, "at most three shards a word")

    def test_words_spread_over_a_pages_parts_find_it_below_a_part_holding_them_all(self):
        for base in self.bases:
            self.type(base, "index.html", "lantern harbour")
            options = self.options()[:-1]
            self.assertEqual([o.find_element(By.CSS_SELECTOR, ".option-title").text for o in options],
                             ["Lantern and harbour", "Ferry timetable"])
            self.type(base, "index.html", "ferry lantern")
            options = self.options()[:-1]
            self.assertEqual([o.find_element(By.CSS_SELECTOR, ".option-title").text for o in options], ["Ferry timetable"])
            self.assertEqual(script_errors(self.driver), [])

    def test_chinese_finds_sub_words_with_chinese_labels(self):
        for base in self.bases:
            box = self.type(base, "zh/index.html", "共情")
            options = self.options()
            self.assertEqual(options[0].find_element(By.CSS_SELECTOR, ".option-title").text, "斑马线")
            self.assertIn("共情", [m.text for m in options[0].find_elements(By.TAG_NAME, "mark")])
            self.assertIn("的全部结果", options[-1].text)
            self.assertEqual(box.get_attribute("aria-expanded"), "true")
            # One character inside a run: found by the pairs it starts.
            box = self.type(base, "zh/index.html", "能")
            self.assertEqual(self.options()[0].find_element(By.CSS_SELECTOR, ".option-title").text, "斑马线")
            self.assertEqual(script_errors(self.driver), [])

    def test_chinese_pages_find_untranslated_english_pages_through_the_english_index(self):
        for base in self.bases:
            self.type(base, "zh/index.html", "aardvark")
            options = self.options()
            # Zebra crossing is translated: its English sections are left to the Chinese page.
            self.assertEqual([o.find_element(By.CSS_SELECTOR, ".option-title").text for o in options[:-1]], ["Another case"])
            self.assertEqual(options[0].find_element(By.CSS_SELECTOR, ".option-meta .badge").text, "案例")
            self.assertEqual(options[0].get_attribute("data-href"), base + "cases/other/index.html")
            self.driver.get(base + "zh/search/index.html?q=aardvark&kind=caseStory")
            WebDriverWait(self.driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
            self.assertEqual([t.text for t in self.driver.find_elements(By.CSS_SELECTOR, ".result-title")], ["Another case"])
            kinds = [o.get_attribute("value") for o in self.driver.find_elements(By.CSS_SELECTOR, "#search-kind option")]
            self.assertEqual(kinds, ["", "article", "caseStory"], "the kinds with pages in either index")

    def test_at_390_px_the_search_link_opens_the_box_and_the_list_fits(self):
        self.driver.set_window_size(390, 844)
        for base in self.bases:
            self.type(base, "articles/zebra/index.html", "aardvark")
            rect = self.driver.execute_script(
                "const r = document.getElementById('site-search-q-list').getBoundingClientRect();"
                "return [r.left, r.right, document.documentElement.clientWidth];")
            self.assertGreaterEqual(rect[0], 0)
            self.assertLessEqual(rect[1], rect[2])
            self.assertEqual(self.driver.execute_script("return document.documentElement.scrollWidth > innerWidth"), False)
            box = self.driver.find_element(By.ID, "site-search-q")
            box.send_keys(Keys.ESCAPE)
            self.assertEqual(box.get_attribute("aria-expanded"), "false")
            box.send_keys(Keys.ESCAPE)
            self.assertFalse(box.is_displayed(), "a second Escape closes the box the search link opened")
            self.assertEqual(self.driver.switch_to.active_element.get_attribute("class"), "search-link")

    def test_the_search_page_shows_twenty_results_then_more(self):
        for base in self.bases:
            self.driver.get(base + "search/index.html?q=common")
            WebDriverWait(self.driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
            # The filler's words are eight letters long: a snippet cut mid-word ends in a shorter one.
            for snippet in self.driver.find_elements(By.CSS_SELECTOR, "#search-results .result-snippet"):
                self.assertTrue(snippet.text.endswith(" …"), snippet.text)
                self.assertEqual(len(snippet.text[:-2].split()[-1]), 8, f"a word cut in two: {snippet.text}")
            self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "#search-results > li")), 20)
            more = self.driver.find_element(By.ID, "search-more")
            more.click()
            WebDriverWait(self.driver, 5).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#search-results > li")) == 40)
            self.assertEqual(self.driver.switch_to.active_element.get_attribute("href"),
                             self.driver.find_elements(By.CSS_SELECTOR, "#search-results > li > a")[20].get_attribute("href"),
                             "More results focuses the first new page")
            more.click()
            WebDriverWait(self.driver, 5).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#search-results > li")) == 46)
            self.assertFalse(more.is_displayed())
            self.assertIn("46", self.driver.find_element(By.ID, "search-status").text)
            self.driver.get(base + "search/index.html?q=common&kind=caseStory")
            WebDriverWait(self.driver, 5).until(lambda d: d.find_element(By.ID, "search-status").text)
            self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "#search-results li")), 0)
            self.driver.get(base + "search/index.html?q=aardvark&pillar=nimble")
            WebDriverWait(self.driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
            self.assertEqual([t.text for t in self.driver.find_elements(By.CSS_SELECTOR, ".result-title")], ["Zebra crossing"])

    def test_the_search_page_shows_a_page_once_with_up_to_three_more_sections_beneath_it(self):
        for base in self.bases:
            self.driver.get(base + "search/index.html?q=walrus")
            WebDriverWait(self.driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
            pages = self.driver.find_elements(By.CSS_SELECTOR, "#search-results > li")
            self.assertEqual([p.find_element(By.CSS_SELECTOR, ".result-title").text for p in pages], ["Walrus guide", "Walrus case"])
            self.assertEqual(pages[0].find_element(By.CSS_SELECTOR, "a").get_attribute("href"), base + "articles/walrus/index.html")
            # A nested list of links, in the index's order on a tie, marked.
            subs = pages[0].find_elements(By.CSS_SELECTOR, ":scope > ul.result-sections > li > a")
            self.assertEqual([a.text for a in subs], ["Part 0", "Part 1", "Part 2"])
            self.assertEqual([a.get_attribute("href") for a in subs],
                             [base + f"articles/walrus/index.html#part-{n}" for n in range(3)])
            # Their headings do not hold the word: their text shows where it is.
            self.assertEqual([m.text for m in pages[0].find_elements(By.CSS_SELECTOR, ".result-sections .result-sub-snippet mark")],
                             ["walrus"] * 3)
            self.assertEqual(pages[1].find_elements(By.CSS_SELECTOR, "ul"), [], "a page with one match has no sub-list")
            self.assertIn("2", self.driver.find_element(By.ID, "search-status").text)
            # The best section leads; the sub-links are the others, the marked word in them.
            self.driver.get(base + "search/index.html?q=walrus+part")
            WebDriverWait(self.driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
            page = self.driver.find_element(By.CSS_SELECTOR, "#search-results > li")
            self.assertEqual(page.find_element(By.CSS_SELECTOR, ".result-section").text, "› Part 0")
            subs = page.find_elements(By.CSS_SELECTOR, ".result-sections a")
            self.assertEqual([a.text for a in subs], ["Part 1", "Part 2", "Part 3"])
            self.assertEqual([m.text for m in page.find_elements(By.CSS_SELECTOR, ".result-sections a mark")], ["Part"] * 3)
            self.assertEqual(page.find_elements(By.CSS_SELECTOR, ".result-sub-snippet"), [], "the headings show the match")
            # ArrowDown walks the pages and their sub-links in order.
            box = self.driver.find_element(By.ID, "search-q")
            box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN)
            self.assertEqual(self.driver.switch_to.active_element.get_attribute("href"), subs[0].get_attribute("href"))
            self.assertEqual(script_errors(self.driver), [])

    def test_without_javascript_the_box_submits_to_the_search_page(self):
        self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        try:
            self.driver.get(self.bases[1] + "articles/index.html")
            box = self.driver.find_element(By.ID, "site-search-q")
            self.assertIsNone(box.get_attribute("role"))
            box.send_keys("zebra", Keys.ENTER)
            WebDriverWait(self.driver, 5).until(lambda d: "search/index.html?q=zebra" in d.current_url)
        finally:
            self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    def axe_violations(self, axe):
        """axe's violations on the page as it is: [(rule, targets)]."""
        self.driver.execute_script(axe)
        violations = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations)).catch(e => done(String(e)));")
        return [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]

    def test_axe_finds_nothing_with_the_list_open_nor_on_the_search_page(self):
        try:
            import selenium_axe_python
        except ImportError:
            self.skipTest("selenium-axe-python is not installed (make browser-deps)")
        axe = (pathlib.Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
        for width, path, query in ((1280, "articles/index.html", "aardvark"), (390, "zh/index.html", "共情")):
            self.driver.set_window_size(width, 900)
            self.type(self.bases[1], path, query)
            self.driver.find_element(By.ID, "site-search-q").send_keys(Keys.ARROW_DOWN)
            self.assertEqual(self.axe_violations(axe), [], f"{path} at {width} px")
            # The search page, a page's sections in a list beneath it.
            self.driver.get(self.bases[1] + "search/index.html?q=walrus")
            WebDriverWait(self.driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".result-sections a"))
            self.assertEqual(self.axe_violations(axe), [], f"the search page at {width} px")

if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
