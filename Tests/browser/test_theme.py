#!/usr/bin/env python3
"""Headless-Chromium tests of the default theme's layout (templates/assets/style.css).

Builds a small playbook with the `playbook` binary given as the first argument and opens it
from file://. At 390 px the header is one bar with a menu (a <details>) that opens the sections
with a click or the keyboard, with or without JavaScript, and a one-tap search link; at 1280 px
the sections show in the header. The theme follows `prefers-color-scheme` and prints light; a
page's siblings sit beside it on wide screens and after it on narrow ones.
Run by `make test-browser`, which `make test` calls.
"""
import shutil
import sys
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from playbook_fixture import build, chromium_driver

PLAYBOOK = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/playbook"

FILES = {
    "playbook.yml": "title: Empathy Leadership Playbook\nlanguages: [en, zh]\n",
    "content/articles/listen.md": "---\ntitle: Listen\norder: 1\n---\n\n## One\n\nText.\n\n## Two\n\nText.\n\n## Three\n\nText.\n",
    "content/articles/recall.md": "---\ntitle: Recall\norder: 2\n---\n\nText.\n",
    "content/articles/express.md": "---\ntitle: Express\norder: 3\n---\n\nText.\n",
}
PAGE = "articles/recall/index.html"


class ThemeLayoutTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = build(PLAYBOOK, FILES, "playbook-theme-")
        cls.driver = chromium_driver()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def setUp(self):
        self.media(scheme="light")
        self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    def open(self, width, path=PAGE):
        """Opens `path` in a viewport `width` CSS pixels wide (the window itself cannot be that narrow)."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": 844, "deviceScaleFactor": 1, "mobile": width < 600})
        self.driver.get((self.folder / "site" / path).as_uri())

    def media(self, scheme, media=""):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                    {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]})

    def find(self, selector):
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def rect(self, selector):
        return self.driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", self.find(selector))

    def nav_links_shown(self):
        # Not selenium's is_displayed, which takes whatever is inside a closed <details> for hidden.
        return self.driver.execute_script(
            "return [...document.querySelectorAll('.site-nav a')].map(a => a.getClientRects().length > 0 && a.checkVisibility())")

    def test_narrow_header_is_one_bar_with_a_menu_and_a_search_link(self):
        self.open(390)
        self.assertLessEqual(self.rect(".site-header")["height"], 64)
        self.assertFalse(any(self.nav_links_shown()))
        search = self.find(".search-link")
        self.assertTrue(search.is_displayed())
        self.assertTrue(search.get_attribute("href").endswith("/search/index.html"))
        self.assertFalse(self.find(".site-search").is_displayed())
        summary = self.find(".site-menu > summary")
        self.assertEqual(summary.get_attribute("aria-expanded"), None)   # a summary's state comes from its <details>
        summary.click()
        self.assertTrue(all(self.nav_links_shown()))
        self.assertTrue(self.find(".language-switcher a").is_displayed())
        # The open menu lies over the page: the header keeps its height.
        self.assertLessEqual(self.rect(".site-header")["height"], 64)
        # Escape closes it and gives the focus back to the button.
        self.find(".site-nav a").send_keys(Keys.ESCAPE)
        self.assertFalse(any(self.nav_links_shown()))
        self.assertEqual(self.driver.switch_to.active_element, summary)
        # The keyboard opens it too.
        summary.send_keys(Keys.ENTER)
        self.assertTrue(all(self.nav_links_shown()))

    def test_the_menu_opens_without_javascript(self):
        self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        self.open(390)
        self.assertFalse(any(self.nav_links_shown()))
        self.find(".site-menu > summary").click()
        self.assertTrue(all(self.nav_links_shown()))

    def test_wide_header_shows_the_sections_and_the_search_box(self):
        self.open(1280)
        self.assertTrue(all(self.nav_links_shown()))
        self.assertFalse(self.find(".site-menu > summary").is_displayed())
        self.assertFalse(self.find(".search-link").is_displayed())
        self.assertTrue(self.find("#site-search-q").is_displayed())
        self.assertLessEqual(self.rect(".site-header")["height"], 110)
        current = self.find('.site-nav a[aria-current="page"]')
        self.assertEqual(current.get_attribute("textContent"), "Articles")

    def background(self):
        return self.driver.execute_script("return getComputedStyle(document.body).backgroundColor")

    def test_dark_when_preferred_and_light_in_print(self):
        self.open(1280)
        self.assertEqual(self.background(), "rgb(255, 255, 255)")
        self.media(scheme="dark")
        self.assertEqual(self.background(), "rgb(20, 24, 31)")
        self.media(scheme="dark", media="print")
        self.assertEqual(self.background(), "rgb(255, 255, 255)")
        self.assertEqual(self.driver.execute_script("return getComputedStyle(document.body).color"), "rgb(0, 0, 0)")

    def test_siblings_beside_the_page_when_wide_and_after_it_when_narrow(self):
        self.open(1280)
        current = self.find('.siblings a[aria-current="page"]')
        self.assertEqual(current.text, "Recall")
        siblings, article = self.rect(".siblings"), self.rect("article.page")
        self.assertLessEqual(siblings["right"], article["left"])
        self.assertLess(siblings["top"], article["top"] + 50)
        self.open(390)
        siblings, article = self.rect(".siblings"), self.rect("article.page")
        self.assertGreaterEqual(siblings["top"], article["bottom"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
