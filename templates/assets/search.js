/* Playbook search, on every page: results as you type under the header's search box (an ARIA
   combobox), and all results with filters on the search page. No network API, no libraries.

   The index is the files of the language's search/ folder (SearchShards.swift), each a script
   that calls PlaybookSearch.add(name, data): loaded with script elements, they work over
   http(s), under any path and from file://. A query loads the manifest, the term shards of its
   words, and the documents it shows, sixteen to a file; never the whole index. A document is
   a page's part before its first heading or one of its sections; results show each page once.
   The tokenizer follows the same rules as SearchTokenizer.swift, which built the index. */
(function () {
  "use strict";
  var api = window.PlaybookSearch = window.PlaybookSearch || {};
  var header = document.querySelector("form.site-search");
  var page = document.getElementById("search");
  var pageForm = page && page.querySelector("form");
  if (!header && !pageForm) return;
  /* The search page and its index folder: where the header's form, or the page's, submits to. */
  var folder = new URL(".", (header || pageForm).action).href;

  var WEIGHT_TITLE = 100, WEIGHT_HEADING = 20, WEIGHT_TEXT = 1, PREFIX_FACTOR = 0.8, SPREAD_FACTOR = 0.5;
  var POPUP_LIMIT = 8, PAGE_SIZE = 20, SUB_LIMIT = 3, PREFIX_SHARDS = 3, CJK_PREFIX_SHARDS = 8;

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
     a CJK run needs each of its bigrams, and one character the bigrams it starts as well as
     itself (the index keeps a character only where it ends a run: SearchIndexBuilder.terms). */
  function clauses(query) {
    var result = [];
    runs(query).forEach(function (run) {
      if (!run.cjk) { result.push({ term: run.text, prefix: true }); return; }
      var chars = Array.from(run.text);
      if (chars.length === 1) { result.push({ term: chars[0], prefix: true, cjk: true }); return; }
      for (var i = 0; i + 1 < chars.length; i++) result.push({ term: chars[i] + chars[i + 1], prefix: false });
    });
    return result;
  }

  /* The tokenizer, for the browser test that compares it with SearchTokenizer.swift's cases. */
  window.PLAYBOOK_TOKENIZER = { fold: fold, runs: runs };

  /* ---- the index's files ---- */
  /* Files by URL; a file's script hands its data to add, which finds the file by the script. */
  var files = {};
  api.add = function (name, data) {
    var entry = document.currentScript && files[document.currentScript.src];
    if (entry) entry.resolve(data);
  };
  /* A file of an index's folder, once: a promise of its data. */
  function load(index, name) {
    var url = index.folder + name + ".js";
    if (!files[url]) {
      var entry = files[url] = {}, script = document.createElement("script");
      entry.promise = new Promise(function (resolve, reject) {
        entry.resolve = resolve;
        script.onerror = function () { delete files[url]; reject(new Error("cannot load " + url)); };
      });
      script.src = url;
      files[script.src] = entry;
      document.head.appendChild(script);
    }
    return files[url].promise;
  }
  /* Each document's page number, from the manifest's bits of the documents that start a page. */
  function pageNumbers(manifest) {
    var bits = atob(manifest.pages), numbers = new Int32Array(manifest.docs), page = -1;
    for (var doc = 0; doc < manifest.docs; doc++) {
      if ((bits.charCodeAt(doc >> 3) >> (7 - (doc & 7))) & 1) page++;
      numbers[doc] = page;
    }
    return numbers;
  }
  /* The language's index, and for a language other than the default one the default
     language's, which it reads for the pages it has not translated (SearchFallback): a
     promise of [{folder, rank, manifest, pages, skip}]. */
  var own = { folder: folder, rank: 0 }, indexes = null;
  function allIndexes() {
    if (!indexes) {
      indexes = load(own, "manifest").then(function (manifest) {
        own.manifest = manifest;
        own.pages = pageNumbers(manifest);
        if (!manifest.fallback) return [own];
        var other = { folder: new URL(manifest.fallback.folder, folder).href, rank: 1 };
        return load(other, "manifest").then(function (otherManifest) {
          other.manifest = otherManifest;
          other.pages = pageNumbers(otherManifest);
          other.skip = new Uint8Array(otherManifest.docs);
          manifest.fallback.skip.forEach(function (range) { other.skip.fill(1, range[0], range[1]); });
          return [own, other];
        });
      });
      indexes.catch(function () { indexes = null; });
    }
    return indexes;
  }

  /* Code point order (the index's: UTF-8 byte order); JavaScript's < compares UTF-16 units,
     which puts U+10000 and above before U+E000–U+FFFF. */
  function compare(a, b) {
    for (var i = 0, n = Math.min(a.length, b.length); i < n; i++) {
      var x = a.charCodeAt(i), y = b.charCodeAt(i);
      if (x === y) continue;
      if (x >= 0xD800 && y >= 0xD800) { x += x < 0xE000 ? 0x2000 : -0x800; y += y < 0xE000 ? 0x2000 : -0x800; }
      return x - y;
    }
    return a.length - b.length;
  }

  /* A shard's terms, each against the one before (ShardTermCoding.swift): a full entry is a
     space, "0" plus the UTF-16 units shared with the term before, and the rest of the term up
     to the next space or step head; a step is the term before with its last character moved
     on by one more than the value of a head of STEP_HEADS and its digits (printable ASCII
     but " and \, 92 of them, as in PrintableBytes.swift). */
  var STEP_HEADS = "!$%&'()*+,./:;<=>?@[]^_`{|}~", STEP_ONE = 14, STEP_DIGIT = 10;
  function digit(text, at) {
    var code = text.charCodeAt(at);
    return code - 0x21 - (code > 0x22 ? 1 : 0) - (code > 0x5C ? 1 : 0);
  }
  /* The bytes of a string of PrintableBytes.swift: 13 bits in two digits, the last 6 bits or
     fewer in one. */
  function printableBytes(text) {
    var count = text.length, bytes = new Uint8Array(((count >> 1) * 13 + (count & 1) * 6) >> 3);
    var store = 0, used = 0, at = 0;
    for (var i = 0; i < count; i += 2) {
      if (i + 1 < count) { store = (store << 13) | (digit(text, i) * 92 + digit(text, i + 1)); used += 13; }
      else { store = (store << 6) | digit(text, i); used += 6; }
      while (used >= 8) { used -= 8; bytes[at++] = (store >> used) & 0xFF; }
      store &= (1 << used) - 1;
    }
    return bytes;
  }
  /* A term shard, decoded once: its terms, and where each one's postings start in its bytes
     (they follow one another: each term's are read past to find the next's). */
  function shard(index, number) {
    return load(index, "t" + number).then(function (data) {
      if (data.decoded) return data.decoded;
      var terms = [], previous = "", text = data.terms, pos = 0;
      while (pos < text.length) {
        if (text.charCodeAt(pos) === 32) {
          var end = pos + 2;
          while (end < text.length && text[end] !== " " && STEP_HEADS.indexOf(text[end]) < 0) end++;
          previous = previous.slice(0, text.charCodeAt(pos + 1) - 48) + text.slice(pos + 2, end);
          pos = end;
        } else {
          var head = STEP_HEADS.indexOf(text[pos++]), value = head;
          if (head >= STEP_ONE + STEP_DIGIT) {
            value = STEP_ONE + STEP_DIGIT * 92 + ((head - STEP_ONE - STEP_DIGIT) * 92 + digit(text, pos)) * 92 + digit(text, pos + 1);
            pos += 2;
          } else if (head >= STEP_ONE) {
            value = STEP_ONE + (head - STEP_ONE) * 92 + digit(text, pos++);
          }
          var tail = previous.length > 1 && previous.codePointAt(previous.length - 2) > 0xFFFF ? 2 : 1;
          previous = previous.slice(0, -tail) + String.fromCodePoint(previous.codePointAt(previous.length - tail) + value + 1);
        }
        terms.push(previous);
      }
      var bytes = printableBytes(data.postings), universe = index.manifest.docs;
      var starts = [], at = 0;
      for (var t = 0; t < terms.length; t++) {
        starts.push(at);
        at = postings(bytes, at, universe, true).end;
      }
      data.decoded = { terms: terms, starts: starts, bytes: bytes, universe: universe };
      return data.decoded;
    });
  }

  /* A term's postings from bit `start` of a shard's postings (PostingsCoding.swift), one
     stream of bits, most significant first: the count of its documents (Elias gamma), a bit
     set when any has it in a title or heading, then a title bit and a heading bit; its
     documents (one: its number in width(universe) bits; more: gaps less one, Rice-coded with
     riceParameter(universe, count)); for more than one document, for each field bit set, how
     many have it (gamma) and, unless all, their places among the term's documents, as a
     list. `universe` is the index's number of documents. Returns its documents, those with it
     in the title, those with it in a heading (none of them when `skip`), and where the next
     term's start. */
  function width(universe) { return universe <= 1 ? 0 : 32 - Math.clz32(universe - 1); }
  function riceParameter(universe, count) {
    var scaled = Math.floor(Math.max(0, universe - count) * 693 / (count * 1000));
    return scaled < 1 ? 0 : 31 - Math.clz32(scaled);
  }
  /* The reader's place: bits of `bits` from `at`. peek() gives the next bits at the top of
     32 (those past the next four bytes are zeros); read(n) takes n bits, n up to 25; ones() a
     unary count and the zero ending it; gamma() an Elias gamma code. */
  var bits = null, at = 0;
  function peek() { var i = at >> 3; return ((bits[i] << 24) | (bits[i + 1] << 16) | (bits[i + 2] << 8) | bits[i + 3]) << (at & 7); }
  function read(n) { if (!n) return 0; var value = peek() >>> (32 - n); at += n; return value; }
  function ones() {
    for (var count = 0; ; ) {
      var valid = 32 - (at & 7), run = Math.clz32(~peek());
      if (run < valid) { at += run + 1; return count + run; }
      count += valid; at += valid;
    }
  }
  function gamma() { var zeros = Math.clz32(peek()); at += zeros; return read(zeros + 1); }
  /* A list of `count` numbers below `universe`, into `out` (none when skipping). */
  function readList(count, universe, out) {
    if (count === 1) { var one = read(width(universe)); if (out) out[0] = one; return; }
    var k = riceParameter(universe, count), scale = 1 << k, previous = -1;
    for (var i = 0; i < count; i++) {
      previous += ones() * scale + read(k) + 1;
      if (out) out[i] = previous;
    }
  }
  function postings(bytes, start, universe, skip) {
    bits = bytes;
    at = start;
    var count = gamma(), fields = read(1) ? read(2) : 0;
    var all = skip ? null : new Int32Array(count), title = NONE, heading = NONE;
    readList(count, universe, all);
    for (var flag = 2; flag >= 1; flag--) {
      if (!(fields & flag)) continue;
      var chosen = all;
      if (count > 1) {
        var subset = gamma();
        if (subset < count) {
          var places = skip ? null : new Int32Array(subset);
          readList(subset, count, places);
          if (!skip) { chosen = new Int32Array(subset); for (var i = 0; i < subset; i++) chosen[i] = all[places[i]]; }
        }
      }
      if (flag === 2) title = chosen; else heading = chosen;
    }
    return { all: all, title: title, heading: heading, end: at };
  }
  var NONE = new Int32Array(0);

  /* The shards that may hold a clause's terms: the one its term falls in, and for a prefix
     the next ones while they start with it (at most PREFIX_SHARDS, so that a short prefix
     does not load a large part of the index; CJK_PREFIX_SHARDS for a character's pairs). */
  function shardsOf(manifest, clause) {
    var firsts = manifest.shards, low = 0, high = firsts.length - 1;
    if (!firsts.length) return [];
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (compare(firsts[middle], clause.term) <= 0) low = middle; else high = middle - 1;
    }
    var numbers = [low];
    var limit = clause.cjk ? CJK_PREFIX_SHARDS : PREFIX_SHARDS;
    while (clause.prefix && numbers.length < limit && low + numbers.length < firsts.length &&
           firsts[low + numbers.length].startsWith(clause.term)) numbers.push(low + numbers.length);
    return numbers;
  }

  /* Best score of one clause per document (0: no match). */
  function match(manifest, clause, decoded) {
    var scores = new Float64Array(manifest.docs);
    decoded.forEach(function (shard) {
      shard.terms.forEach(function (term, index) {
        var exact = term === clause.term;
        if (!exact && !(clause.prefix && term.startsWith(clause.term))) return;
        var factor = exact || clause.cjk ? 1 : PREFIX_FACTOR, lists = postings(shard.bytes, shard.starts[index], shard.universe);
        [[lists.all, WEIGHT_TEXT], [lists.heading, WEIGHT_HEADING], [lists.title, WEIGHT_TITLE]].forEach(function (pair) {
          var score = pair[1] * factor;
          for (var i = 0; i < pair[0].length; i++) if (score > scores[pair[0][i]]) scores[pair[0][i]] = score;
        });
      });
    });
    return scores;
  }

  /* The pages matching every clause of `query` (in one document, or spread over the page's),
     within a kind and a pillar when given: [[{index, doc, score}]], each page's documents best
     first, the pages in the order of their best. On a tie, the language's own before the default language's, then in the
     index's order, which puts a page's part before its first heading (and title) first. */
  function search(query, kind, pillar) {
    var list = clauses(query);
    if (!list.length) return Promise.resolve([]);
    if (pillar) list = list.concat([{ term: "#" + pillar, prefix: false, filter: true }]);
    return allIndexes().then(function (all) {
      return Promise.all(all.map(function (index) { return searchIndex(index, list, kind); }));
    }).then(function (lists) {
      var results = [].concat.apply([], lists);
      results.sort(function (a, b) { return b.score - a.score || a.index.rank - b.index.rank || a.doc - b.doc; });
      var pages = [], byPage = {};
      results.forEach(function (result) {
        var key = result.index.rank + ":" + result.index.pages[result.doc];
        if (!byPage[key]) pages.push(byPage[key] = []);
        byPage[key].push(result);
      });
      return pages;
    });
  }
  /* A page's results that are sections (not its part before the first heading), best first. */
  function sections(hits) {
    return hits.filter(function (r) { return r.doc > 0 && r.index.pages[r.doc - 1] === r.index.pages[r.doc]; });
  }
  function searchIndex(index, list, kind) {
    var manifest = index.manifest;
    return Promise.all(list.map(function (clause) {
      return Promise.all(shardsOf(manifest, clause).map(function (number) { return shard(index, number); }))
        .then(function (decoded) { return match(manifest, clause, decoded); });
    })).then(function (scores) {
      var low = 0, high = manifest.docs;
      if (kind) {
        high = 0;
        manifest.kinds.forEach(function (entry) { if (entry[0] === kind) { low = entry[2]; high = entry[3]; } });
      }
      var results = [], spread = {};
      for (var doc = low; doc < high; doc++) {
        if (index.skip && index.skip[doc]) continue;
        var total = 0, every = true, page = spread[index.pages[doc]] || (spread[index.pages[doc]] = { best: [], doc: doc, partial: 0 });
        for (var c = 0; c < list.length; c++) {
          var score = scores[c][doc];
          if (!score) every = false;
          page.best[c] = Math.max(page.best[c] || 0, score);
          if (!list[c].filter) total += score;
        }
        if (every) { results.push({ index: index, doc: doc, score: total }); page.whole = true; }
        if (total > page.partial) { page.doc = doc; page.partial = total; }
      }
      /* A page whose words are spread over its parts (one in the title, one in a section)
         still matches, below the pages with a part that holds them all: its best part shows. */
      Object.keys(spread).forEach(function (number) {
        var page = spread[number], total = 0;
        if (page.whole) return;
        for (var c = 0; c < list.length; c++) {
          if (!page.best[c]) return;
          if (!list[c].filter) total += page.best[c];
        }
        results.push({ index: index, doc: page.doc, score: total * SPREAD_FACTOR });
      });
      return results;
    });
  }

  /* The anchor of a heading of ASCII and Chinese characters (SearchShards.anchor(_:)), which a
     chunk gives as "#" alone: lower-cased ASCII letters, digits, "_" and the Chinese
     characters (and Hangul syllables), runs of spaces and "-" between them as one "-", the
     rest (other ASCII and Chinese punctuation) dropped. */
  function anchorOf(heading) {
    var result = "", dash = false;
    for (var i = 0; i < heading.length; i++) {
      var c = heading.charCodeAt(i);
      if ((c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c === 0x5F ||
          (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3)) {
        if (dash && result) result += "-";
        dash = false;
        result += c >= 0x41 && c <= 0x5A ? String.fromCharCode(c + 32) : heading[i];
      } else if (c === 0x20 || c === 0x2D || (c >= 0x09 && c <= 0x0D) || c === 0x3000) {
        dash = true;
      }
    }
    return result || "section";
  }
  /* Documents by number: {title, heading, url, kind, pillars, excerpt}. In a chunk, a section
     of the page before gives only its heading, "#" and its anchor ("#" alone for anchorOf's),
     and its excerpt. */
  function chunk(index, number) {
    return load(index, "d" + number).then(function (data) {
      if (data.decoded) return data.decoded;
      var before = null;
      data.decoded = data.map(function (d) {
        var doc = d[0] === 0
          ? { title: before.title, heading: d[1], url: before.url.split("#")[0] + (d[2] === "#" ? "#" + anchorOf(d[1]) : d[2]),
              kind: before.kind, pillars: before.pillars, excerpt: d[5] }
          : { title: d[0], heading: d[1], url: d[2], kind: d[3], pillars: d[4], excerpt: d[5] };
        before = doc;
        return doc;
      });
      return data.decoded;
    });
  }
  /* The documents of results, each with its link and its kind's label in this language. */
  function documents(results) {
    return Promise.all(results.map(function (result) {
      var chunkSize = result.index.manifest.chunk;
      return chunk(result.index, Math.floor(result.doc / chunkSize)).then(function (docs) {
        var d = docs[result.doc % chunkSize];
        var kind = own.manifest.kinds.filter(function (entry) { return entry[0] === d.kind; })[0];
        return { title: d.title, heading: d.heading, excerpt: d.excerpt, href: new URL("../", result.index.folder).href + d.url,
                 kindLabel: kind ? kind[1] : d.kind };
      });
    }));
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
  /* About `length` characters of `text` around its first match, marked. In spaced text it
     starts and ends at a space, so that no word is cut in two; unspaced (CJK) text is cut anywhere. */
  function snippet(text, query, length) {
    if (!text) return "";
    var first = ranges(text, query)[0];
    var from = first ? Math.max(0, first[0] - Math.round(length / 3)) : 0;
    var to = Math.min(text.length, from + length);
    if (from > 0) {
      var start = text.indexOf(" ", from - 1);
      if (start >= 0 && start < (first ? first[0] : to)) from = start + 1;
    }
    if (to < text.length) {
      var end = text.lastIndexOf(" ", to);
      if (end > from + length / 2 && (!first || end >= first[1])) to = end;
    }
    return (from > 0 ? "… " : "") + highlight(text, query, from, to) + (to < text.length ? " …" : "");
  }
  function countText(element, n) {
    if (n === 0) return element.getAttribute("data-none");
    if (n === 1) return element.getAttribute("data-one");
    return element.getAttribute("data-many").replace("{count}", String(n));
  }
  /* Tells the benchmark (Benchmarks/search_scale.py) and tests that results are shown. */
  function shown(element, query) {
    element.dispatchEvent(new CustomEvent("playbook-search-shown", { detail: { query: query } }));
  }

  /* ---- the header's box: a combobox whose list shows the best results as you type ---- */
  function combobox(form) {
    var input = form.querySelector("input[name=q]");
    var listbox = document.createElement("ul");
    var status = document.createElement("span");
    listbox.id = input.id + "-list";
    listbox.className = "search-popup";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", form.getAttribute("data-list-label"));
    listbox.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(listbox);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    var options = [], active = -1, asked = 0;
    /* On narrow screens the bar shows a search link instead of the box: it opens the box. */
    var bar = form.closest(".site-header"), link = bar && bar.querySelector(".search-link");

    function open(isOpen) {
      listbox.hidden = !isOpen;
      input.setAttribute("aria-expanded", String(isOpen));
      if (!isOpen) select(-1);
    }
    function select(index) {
      if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
      active = index;
      if (active < 0) { input.removeAttribute("aria-activedescendant"); return; }
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }
    function option(html, href, className) {
      var item = document.createElement("li");
      item.id = listbox.id + "-" + options.length;
      item.className = className;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.setAttribute("data-href", href);
      item.innerHTML = html;
      options.push(item);
      return item;
    }
    function update() {
      var query = input.value.trim(), ask = ++asked;
      if (!query) { open(false); listbox.innerHTML = ""; options = []; status.textContent = ""; return; }
      search(query).then(function (pages) {
        var best = pages.slice(0, POPUP_LIMIT).map(function (hits) { return hits[0]; });
        return documents(best).then(function (docs) {
          if (ask !== asked) return;
          options = [];
          listbox.innerHTML = "";
          docs.forEach(function (d) {
            var text = d.heading ? "" : snippet(d.excerpt, query, 80);
            if (d.heading && ranges(d.heading, query).length === 0) text = snippet(d.excerpt, query, 80);
            listbox.appendChild(option(
              '<span class="option-title">' + highlight(d.title, query, 0, d.title.length) + "</span>" +
              '<span class="option-meta"><span class="badge kind">' + escapeHTML(d.kindLabel) + "</span>" +
              (d.heading ? '<span class="option-section">' + highlight(d.heading, query, 0, d.heading.length) + "</span>" : "") +
              (text ? '<span class="option-snippet">' + text + "</span>" : "") + "</span>",
              d.href, "search-option"));
          });
          listbox.appendChild(option(escapeHTML(form.getAttribute("data-all")).replace("{query}", "<mark>" + escapeHTML(query) + "</mark>"),
            folder + "index.html?q=" + encodeURIComponent(query), "search-option search-option-all"));
          status.textContent = countText(form, pages.length);
          open(document.activeElement === input);
          shown(form, query);
        });
      }).catch(function () { if (ask === asked) open(false); });
    }
    function go(item) { location.href = item.getAttribute("data-href"); }

    input.addEventListener("input", update);
    input.addEventListener("focus", function () { if (options.length && input.value.trim()) open(true); });
    input.addEventListener("keydown", function (event) {
      var isOpen = !listbox.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!options.length) return;
        event.preventDefault();
        if (!isOpen) { open(true); select(event.key === "ArrowDown" ? 0 : options.length - 1); return; }
        var step = event.key === "ArrowDown" ? 1 : -1;
        select(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      } else if (event.key === "Enter" && isOpen && active >= 0) {
        event.preventDefault();
        go(options[active]);
      } else if (event.key === "Escape" && isOpen) {
        event.preventDefault();
        open(false);
        input.focus();
      } else if (event.key === "Escape" && link && bar && bar.classList.contains("searching")) {
        /* The box a narrow screen's search link opened: a second Escape closes it. */
        event.preventDefault();
        bar.classList.remove("searching");
        link.focus();
      }
    });
    /* A click on an option must not take the focus from the box first. */
    listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
    listbox.addEventListener("click", function (event) {
      var item = event.target.closest("[role=option]");
      if (item) go(item);
    });
    form.addEventListener("focusout", function (event) {
      if (!form.contains(event.relatedTarget)) open(false);
    });
    if (link && bar) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        bar.classList.toggle("searching");
        if (bar.classList.contains("searching")) input.focus();
      });
    }
  }

  /* ---- the search page: every page found, twenty at a time, filtered by kind and pillar,
     each with up to SUB_LIMIT more of its matching sections as links beneath it ---- */
  function searchPage() {
    var input = document.getElementById("search-q");
    var kindSelect = document.getElementById("search-kind");
    var pillarSelect = document.getElementById("search-pillar");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var more = document.getElementById("search-more");
    var pages = [], showing = 0, query = "", asked = 0;

    function fill(select, options) {
      options.forEach(function (pair) {
        var option = document.createElement("option");
        option.value = pair[0];
        option.textContent = pair[1];
        select.appendChild(option);
      });
    }
    function showMore() {
      var next = pages.slice(showing, showing + PAGE_SIZE), ask = asked;
      return Promise.all(next.map(function (hits) {
        return documents([hits[0]].concat(sections(hits.slice(1)).slice(0, SUB_LIMIT)));
      })).then(function (shownPages) {
        if (ask !== asked) return;
        var html = "";
        shownPages.forEach(function (docs) {
          var d = docs[0];
          html += '<li class="search-result"><a href="' + escapeHTML(d.href) + '">' +
            '<span class="result-title">' + highlight(d.title, query, 0, d.title.length) + "</span>" +
            (d.heading ? ' <span class="result-section">› ' + highlight(d.heading, query, 0, d.heading.length) + "</span>" : "") +
            '</a> <span class="badge kind">' + escapeHTML(d.kindLabel) + "</span>" +
            (d.excerpt ? '<p class="result-snippet">' + snippet(d.excerpt, query, 180) + "</p>" : "");
          if (docs.length > 1) {
            /* A section whose heading does not show the match shows where its excerpt does. */
            html += '<ul class="result-sections">' + docs.slice(1).map(function (s) {
              var shows = !ranges(s.heading, query).length && ranges(s.excerpt, query).length;
              var text = shows ? snippet(s.excerpt, query, 90) : "";
              return '<li><a href="' + escapeHTML(s.href) + '">' + highlight(s.heading, query, 0, s.heading.length) + "</a>" +
                (text ? ' <span class="result-sub-snippet">' + text + "</span>" : "") + "</li>";
            }).join("") + "</ul>";
          }
          html += "</li>";
        });
        list.insertAdjacentHTML("beforeend", html);
        showing += next.length;
        more.hidden = showing >= pages.length;
      });
    }
    function render(announceNow) {
      query = input.value.trim();
      var ask = ++asked;
      try {
        var params = new URLSearchParams();
        if (query) params.set("q", query);
        if (kindSelect.value) params.set("kind", kindSelect.value);
        if (pillarSelect.value) params.set("pillar", pillarSelect.value);
        var queryString = params.toString();
        history.replaceState(null, "", queryString ? "?" + queryString : location.pathname);
      } catch (e) { /* file:// may refuse; the results are there all the same */ }
      return search(query, kindSelect.value, pillarSelect.value).then(function (found) {
        if (ask !== asked) return;
        pages = found;
        showing = 0;
        list.innerHTML = "";
        return showMore().then(function () {
          if (ask !== asked) return;
          announce(query ? countText(page, pages.length) : page.getAttribute("data-prompt"), announceNow);
          shown(page, query);
        });
      });
    }
    var statusTimer = 0;
    function announce(text, now) {
      clearTimeout(statusTimer);
      if (now) status.textContent = text;
      else statusTimer = setTimeout(function () { status.textContent = text; }, 400);
    }

    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    input.addEventListener("input", function () { render(false); });
    kindSelect.addEventListener("change", function () { render(false); });
    pillarSelect.addEventListener("change", function () { render(false); });
    input.form.addEventListener("submit", function (event) { event.preventDefault(); render(true); });
    more.addEventListener("click", function () {
      var first = showing;
      showMore().then(function () {
        var link = list.children[first] && list.children[first].querySelector("a");
        if (link) link.focus();
      });
    });
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
    input.focus();
    allIndexes().then(function (all) {
      /* The kinds with pages in either index, labelled in this language. */
      fill(kindSelect, own.manifest.kinds.filter(function (entry) {
        return all.some(function (index) {
          return index.manifest.kinds.some(function (other) { return other[0] === entry[0] && other[3] > other[2]; });
        });
      }));
      fill(pillarSelect, own.manifest.pillars);
      kindSelect.value = params.get("kind") || "";
      pillarSelect.value = params.get("pillar") || "";
      return render(true);
    });
  }

  if (header) combobox(header);
  if (page) searchPage();
})();
