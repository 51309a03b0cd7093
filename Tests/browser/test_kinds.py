#!/usr/bin/env python3
"""Headless-Chromium tests of the default theme's script (templates/assets/kinds.js).

Builds a small playbook with the `playbook` binary given as the first argument, then checks in
Chromium that a checklist tick survives a reload and that reset clears it (from file://), and
that a phrase card's copy button puts the phrase on the clipboard or selects it (over http).
Run by `make test-browser`, which `make test` calls.
"""
import shutil
import sys
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from playbook_fixture import build, chromium_driver, serve

PLAYBOOK = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/playbook"

FILES = {
    "playbook.yml": "title: Browser test\nlanguages: [en, zh]\n",
    "content/checklists/call.md": "---\ntitle: Before the call\n---\n\n## Prepare\n\n- [ ] Read the notes\n- [ ] Breathe\n\n## Open\n\n- [ ] Say your name\n",
    "content/phrases/feelings.md": "---\ntitle: Feelings\n---\n\n## When they are angry\n\n- I can hear how frustrating this is.\n  - Instead of: ~~Please calm down.~~\n",
}
PHRASE = "I can hear how frustrating this is."


class KindsScriptTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = build(PLAYBOOK, FILES, "playbook-browser-")
        cls.site = cls.folder / "site"
        cls.server = serve(cls.site)
        cls.driver = chromium_driver(cls.folder / "profile")

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.shutdown()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def wait(self, condition):
        return WebDriverWait(self.driver, 10).until(lambda driver: condition())

    def progress(self):
        return self.driver.find_element(By.CSS_SELECTOR, ".checklist-progress").text

    def boxes(self):
        return self.driver.find_elements(By.CSS_SELECTOR, "form[data-checklist] input[type=checkbox]")

    def test_a_tick_survives_a_reload_and_reset_clears_it(self):
        self.driver.get((self.site / "checklists/call/index.html").as_uri())
        self.wait(lambda: self.driver.find_element(By.CSS_SELECTOR, "[data-checklist-bar]").is_displayed())
        self.assertEqual(self.progress(), "0 of 3 done")
        second = self.boxes()[1]
        self.driver.find_element(By.CSS_SELECTOR, f"label[for='{second.get_attribute('id')}']").click()
        self.assertTrue(second.is_selected())
        self.assertEqual(self.progress(), "1 of 3 done")

        self.driver.refresh()
        self.wait(lambda: self.progress() == "1 of 3 done")
        self.assertEqual([box.is_selected() for box in self.boxes()], [False, True, False])

        self.driver.find_element(By.CSS_SELECTOR, "button.checklist-reset").click()
        self.wait(lambda: self.progress() == "0 of 3 done")
        self.assertEqual([box.is_selected() for box in self.boxes()], [False, False, False])
        self.driver.refresh()
        self.wait(lambda: self.driver.find_element(By.CSS_SELECTOR, "[data-checklist-bar]").is_displayed())
        self.assertEqual([box.is_selected() for box in self.boxes()], [False, False, False])

    def open_phrases(self):
        """The phrase library over http (the clipboard needs a secure origin), and its copy button."""
        self.driver.get(self.origin() + "/phrases/feelings/index.html")
        button = self.wait(lambda: next((b for b in self.driver.find_elements(By.CSS_SELECTOR, "button.phrase-copy")
                                         if b.is_displayed()), None))
        self.assertEqual(button.text, "Copy")
        return button

    def origin(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def copy_status(self):
        return self.driver.find_element(By.CSS_SELECTOR, "[data-copy-status]").get_attribute("textContent")

    def test_the_copy_button_copies_the_phrase(self):
        # Granted, so the script's clipboard call succeeds; a refused grant fails the test.
        self.driver.execute_cdp_cmd("Browser.grantPermissions", {
            "origin": self.origin(), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
        button = self.open_phrases()
        button.send_keys(" ")  # the keyboard works as well as the mouse
        self.wait(lambda: self.copy_status() != "")
        self.assertEqual(self.copy_status(), "Copied")
        self.assertEqual(button.text, "Copied")
        clipboard = self.driver.execute_async_script(
            "const done = arguments[0];"
            "navigator.clipboard.readText().then(done, e => done('cannot read the clipboard: ' + e));")
        self.assertEqual(clipboard, PHRASE)

    def test_where_the_clipboard_refuses_the_button_selects_the_phrase(self):
        button = self.open_phrases()
        self.driver.execute_script(
            "navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));")
        button.click()
        self.wait(lambda: self.copy_status() != "")
        # The older copy command may still copy the selection; either way the phrase is selected.
        self.assertIn(self.copy_status(), ("Copied", "Selected. Press Ctrl+C (⌘C) to copy."))
        self.assertEqual(self.driver.execute_script("return window.getSelection().toString().trim();"), PHRASE)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
