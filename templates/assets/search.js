/* Playbook search: runs on the search page against window.PLAYBOOK_SEARCH, which
   search-index.js sets (a script, so it also loads from file://). No network, no libraries.
   The tokenizer follows the same rules as SearchTokenizer.swift, which built the index. */
(function () {
  "use strict";
  var data = window.PLAYBOOK_SEARCH;
  var page = document.getElementById("search");
  if (!data || !page) return;

  var WEIGHT_TITLE = 100, WEIGHT_HEADING = 20, WEIGHT_TEXT = 1, PREFIX_FACTOR = 0.8, LIMIT = 50;

  /* ---- tokenizer (SearchTokenizer.swift) ---- */
  var NON_CJK = /[^\u3040-\u30FF\u3100-\u312F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\u{20000}-\u{2FA1F}]+/gu;
  function foldRun(run) { return run.toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, ""); }
  /* CJK compatibility ideographs (U+F900) stand for unified ones (U+8C48): the index holds those. */
  var COMPATIBILITY_IDEOGRAPH = /[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;
  function unify(ch) { var nfc = ch.normalize("NFC"); return Array.from(nfc).length === 1 ? nfc : ch; }
  /* Lower case, accents removed; CJK characters as they are but for compatibility ideographs. */
  function fold(text) { return text.replace(NON_CJK, foldRun).replace(COMPATIBILITY_IDEOGRAPH, unify); }
  function isCJK(cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3100 && cp <= 0x312F) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x2FA1F);
  }
  var WORD = /[\p{L}\p{N}\p{M}]/u;
  /* Words and CJK runs of a text: [{cjk: bool, text: string}]. */
  function runs(text) {
    var result = [], current = "", currentIsCJK = false;
    function flush() { if (current) result.push({ cjk: currentIsCJK, text: current }); current = ""; }
    for (var ch of fold(text)) {
      var cp = ch.codePointAt(0);
      if (isCJK(cp)) { if (!currentIsCJK) flush(); currentIsCJK = true; current += ch; }
      else if (WORD.test(ch)) { if (currentIsCJK) flush(); currentIsCJK = false; current += ch; }
      else flush();
    }
    flush();
    return result;
  }
  /* What a query needs: every clause must match. A word matches the terms it starts;
     a CJK run needs each of its bigrams (or its one character). */
  function clauses(query) {
    var result = [];
    runs(query).forEach(function (run) {
      if (!run.cjk) { result.push({ term: run.text, prefix: true }); return; }
      var chars = Array.from(run.text);
      if (chars.length === 1) { result.push({ term: chars[0], prefix: false }); return; }
      for (var i = 0; i + 1 < chars.length; i++) result.push({ term: chars[i] + chars[i + 1], prefix: false });
    });
    return result;
  }

  /* The tokenizer, for the browser test that compares it with SearchTokenizer.swift's cases. */
  window.PLAYBOOK_TOKENIZER = { fold: fold, runs: runs };

  /* ---- index lookup: terms are sorted by UTF-16 code units, JavaScript's string order ---- */
  var terms = data.terms;
  function lowerBound(term) {
    var lo = 0, hi = terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid][0] < term) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function weight(fields) { return fields & 1 ? WEIGHT_TITLE : fields & 2 ? WEIGHT_HEADING : WEIGHT_TEXT; }
  /* Best score of one clause per document (0: no match), in a typed array: fast at 100,000 documents. */
  function match(clause) {
    var scores = new Float64Array(data.docs.length);
    for (var i = lowerBound(clause.term); i < terms.length; i++) {
      var term = terms[i][0];
      var exact = term === clause.term;
      if (!exact && !(clause.prefix && term.startsWith(clause.term))) break;
      /* Each posting: (document - previous document) * 8 + fields (SearchIndex.swift). */
      var postings = terms[i][1], doc = 0, factor = exact ? 1 : PREFIX_FACTOR;
      for (var j = 0; j < postings.length; j++) {
        doc += Math.floor(postings[j] / 8);
        var score = weight(postings[j] % 8) * factor;
        if (score > scores[doc]) scores[doc] = score;
      }
    }
    return scores;
  }
  /* Documents matching every clause, best first: [{doc, score}]. */
  function search(query, kind, pillar) {
    var list = clauses(query);
    if (!list.length) return [];
    var total = match(list[0]);
    for (var c = 1; c < list.length; c++) {
      var scores = match(list[c]);
      for (var d = 0; d < total.length; d++) total[d] = total[d] && scores[d] ? total[d] + scores[d] : 0;
    }
    var results = [];
    for (var doc = 0; doc < total.length; doc++) {
      if (!total[doc]) continue;
      var entry = data.docs[doc];
      if (kind && entry.k !== kind) continue;
      if (pillar && entry.p.indexOf(pillar) < 0) continue;
      results.push({ doc: doc, score: total[doc] });
    }
    results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return results;
  }

  /* ---- highlighting: escape first, then mark ---- */
  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
  }
  /* Ranges [start, end) of `text` (UTF-16 offsets) where the query's words or CJK bigrams occur. */
  function ranges(text, query) {
    var folded = "", origin = [], offset = 0;
    for (var ch of text) {
      var f = ch < "\u0080" ? ch.toLowerCase() : fold(ch);
      for (var k = 0; k < f.length; k++) origin.push([offset, offset + ch.length]);
      folded += f;
      offset += ch.length;
    }
    var found = [];
    clauses(query).forEach(function (clause) {
      var at = folded.indexOf(clause.term);
      while (at >= 0) {
        var before = at > 0 ? folded[at - 1] : "";
        if (!clause.prefix || !before || !WORD.test(before) || isCJK(before.codePointAt(0))) {
          found.push([origin[at][0], origin[at + clause.term.length - 1][1]]);
        }
        at = folded.indexOf(clause.term, at + 1);
      }
    });
    found.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    found.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }
  function highlight(text, query, from, to) {
    var html = "", at = from;
    ranges(text, query).forEach(function (r) {
      if (r[1] <= from || r[0] >= to) return;
      var start = Math.max(r[0], at), end = Math.min(r[1], to);
      html += escapeHTML(text.slice(at, start)) + "<mark>" + escapeHTML(text.slice(start, end)) + "</mark>";
      at = end;
    });
    return html + escapeHTML(text.slice(at, to));
  }
  var SNIPPET = 180;
  function snippet(text, query) {
    if (!text) return "";
    var first = ranges(text, query)[0];
    var from = first ? Math.max(0, first[0] - 60) : 0;
    var to = Math.min(text.length, from + SNIPPET);
    return (from > 0 ? "… " : "") + highlight(text, query, from, to) + (to < text.length ? " …" : "");
  }

  /* ---- the page ---- */
  var input = document.getElementById("search-q");
  var kindSelect = document.getElementById("search-kind");
  var pillarSelect = document.getElementById("search-pillar");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var prefix = page.getAttribute("data-prefix");
  var kindLabels = {};
  function fill(select, options) {
    options.forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0];
      option.textContent = pair[1];
      select.appendChild(option);
    });
  }
  data.kinds.forEach(function (pair) { kindLabels[pair[0]] = pair[1]; });
  fill(kindSelect, data.kinds);
  fill(pillarSelect, data.pillars);

  function countText(n) {
    if (n === 0) return page.getAttribute("data-none");
    if (n === 1) return page.getAttribute("data-one");
    return page.getAttribute("data-many").replace("{count}", String(n));
  }
  var statusTimer = 0;
  function announce(text) {
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () { status.textContent = text; }, 400);
  }
  function render() {
    var query = input.value.trim();
    var results = search(query, kindSelect.value, pillarSelect.value);
    var html = "";
    results.slice(0, LIMIT).forEach(function (result) {
      var d = data.docs[result.doc];
      html += '<li class="search-result"><a href="' + escapeHTML(prefix + d.u) + '">' +
        '<span class="result-title">' + highlight(d.t, query, 0, d.t.length) + "</span>" +
        (d.h ? ' <span class="result-section">› ' + highlight(d.h, query, 0, d.h.length) + "</span>" : "") +
        '</a> <span class="badge kind">' + escapeHTML(kindLabels[d.k] || d.k) + "</span>" +
        (d.x ? '<p class="result-snippet">' + snippet(d.x, query) + "</p>" : "") + "</li>";
    });
    list.innerHTML = html;
    announce(query ? countText(results.length) : page.getAttribute("data-prompt"));
    try {
      var params = new URLSearchParams();
      if (query) params.set("q", query);
      if (kindSelect.value) params.set("kind", kindSelect.value);
      if (pillarSelect.value) params.set("pillar", pillarSelect.value);
      var queryString = params.toString();
      history.replaceState(null, "", queryString ? "?" + queryString : location.pathname);
    } catch (e) { /* file:// may refuse; the results are there all the same */ }
    return results.length;
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  kindSelect.value = params.get("kind") || "";
  pillarSelect.value = params.get("pillar") || "";
  input.addEventListener("input", render);
  kindSelect.addEventListener("change", render);
  pillarSelect.addEventListener("change", render);
  input.form.addEventListener("submit", function (event) { event.preventDefault(); render(); });

  /* Arrow keys move between the box and the results; Escape goes back to the box. */
  page.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && (document.activeElement === input || index >= 0)) {
      if (index + 1 < links.length) links[index + 1].focus();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && index >= 0) {
      (index > 0 ? links[index - 1] : input).focus();
      event.preventDefault();
    } else if (event.key === "Escape" && index >= 0) {
      input.focus();
    }
  });
  var initialCount = render();
  clearTimeout(statusTimer);  // the first count is announced at once
  status.textContent = input.value.trim() ? countText(initialCount) : page.getAttribute("data-prompt");
  input.focus();
})();
