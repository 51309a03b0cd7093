// Playbook default theme: checklists that remember their ticks, phrase cards with a copy
// button, and Escape to close the header's menu. Every page reads and works without this
// script; it only adds to them.
(function () {
  "use strict";

  // --- Checklists: ticks persist per page and item key (the checkbox's name) in localStorage.
  function storageKey() { return "playbook:checklist:" + location.pathname; }

  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey()) || "{}") || {}; } catch (e) { return {}; }
  }

  function save(state) {
    try { localStorage.setItem(storageKey(), JSON.stringify(state)); } catch (e) { /* storage off: ticks last until reload */ }
  }

  function forget() {
    try { localStorage.removeItem(storageKey()); } catch (e) { /* nothing stored */ }
  }

  function setUpChecklist(form) {
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"][name]'));
    var bar = form.querySelector("[data-checklist-bar]");
    var progress = form.querySelector("[data-progress-pattern]");
    var stored = load();
    boxes.forEach(function (box) {
      if (Object.prototype.hasOwnProperty.call(stored, box.name)) box.checked = stored[box.name] === true;
    });

    function update() {
      if (!progress) return;
      var done = boxes.filter(function (box) { return box.checked; }).length;
      progress.textContent = progress.getAttribute("data-progress-pattern")
        .replace("{done}", String(done)).replace("{total}", String(boxes.length));
    }

    form.addEventListener("change", function (event) {
      if (!event.target || event.target.type !== "checkbox") return;
      var state = {};
      boxes.forEach(function (box) { state[box.name] = box.checked; });
      save(state);
      update();
    });
    // A reset button (type="reset") restores the boxes itself; afterwards, forget and recount.
    form.addEventListener("reset", function () {
      forget();
      setTimeout(update, 0);
    });
    if (bar) bar.hidden = false;
    update();
  }

  // --- Phrase cards: copy the phrase to the clipboard, or select it when that is not allowed.
  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function announce(button, message) {
    var region = document.querySelector("[data-copy-status]");
    if (region) region.textContent = message;
    var label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    button.textContent = message.length > 24 ? label + " ✓" : message;
    clearTimeout(button._pbTimer);
    button._pbTimer = setTimeout(function () { button.textContent = label; }, 2500);
  }

  function copy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var holder = button.closest("[data-copied]") || document.body;
    var text = source.textContent.replace(/\s+/g, " ").trim();
    // Where the clipboard API is missing or refused, select the phrase and try the older copy
    // command; if that fails too, the phrase stays selected for Ctrl+C.
    function selected() {
      select(source);
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
      announce(button, copied ? holder.getAttribute("data-copied") || "Copied"
                              : holder.getAttribute("data-copy-selected") || "Selected");
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () {
        announce(button, holder.getAttribute("data-copied") || "Copied");
      }, selected);
    } else {
      selected();
    }
  }

  // --- The header's menu, a <details> that works without this script: Escape closes it and
  // gives the focus back to its button.
  function closeMenuOnEscape(event) {
    var menu = document.querySelector(".site-menu[open]");
    if (event.key !== "Escape" || !menu) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  }

  function start() {
    document.addEventListener("keydown", closeMenuOnEscape);
    Array.prototype.forEach.call(document.querySelectorAll("form[data-checklist]"), setUpChecklist);
    Array.prototype.forEach.call(document.querySelectorAll("button.phrase-copy"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { copy(button); });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
