// kroniek's search client: searches a built site's static bundle (search/bundle/) in the
// browser, or, when the site is served by `kroniek serve`, asks the server's /api/search.
// No dependencies, no eval, no inline script: the Content-Security-Policy may allow only
// 'self' scripts. The bundle format is described in crates/search/src/static_bundle.rs.
(function () {
  "use strict";

  var base = "bundle/";
  var PAGE = 10;
  var K_OR = { OR: 1, "|": 1, OF: 1, OU: 1 };
  var FILTERS = {
    series: "s", serie: "s", reeks: "s", "série": "s",
    taal: "l", lang: "l", language: "l", langue: "l",
    auteur: "a", author: "a", door: "a", by: "a", par: "a",
    persoon: "e", person: "e", personne: "e", organisatie: "e", organisation: "e", org: "e",
    plaats: "e", place: "e", lieu: "e", id: "e", over: "e", about: "e",
    jaar: "y", year: "y", annee: "y", "année": "y", date: "y", datum: "y"
  };

  // Folding: the same rules as kroniek_search::fold (NFD, drop marks, lowercase, a few letters).
  var EXTRA = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i" };
  function fold(s) {
    return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[ßæœøłđðþı]/g, function (c) {
      return EXTRA[c];
    });
  }
  function split(s) {
    return s.split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  // ---- Query language (kroniek_search::ParsedQuery, minus phrase positions) ----
  function yearRange(v) {
    var m = /^(\d{4})?(?:(?:\.\.|\/)(\d{4}|\.\.)?)?/.exec(v);
    if (!m || (!m[1] && !m[2])) return null;
    var single = v.indexOf("..") < 0 && v.indexOf("/") < 0;
    var from = m[1] ? +m[1] : null;
    var to = single ? from : (m[2] && m[2] !== ".." ? +m[2] : null);
    if (from !== null && to !== null && from > to) { var t = from; from = to; to = t; }
    return [from, to];
  }
  function parse(text) {
    var q = { groups: [], excluded: [], filters: { s: [], l: [], a: [], e: [], y: null }, notes: [] };
    text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").slice(0, 1000);
    var re = /(-?)(["“„][^"”“]*["”“]?|\S+)/g, m, pendingOr = false;
    while ((m = re.exec(text))) {
      var neg = m[1] === "-", raw = m[2], units = [];
      if (K_OR[raw] && !neg) { pendingOr = q.groups.length > 0; continue; }
      var colon = raw.indexOf(":");
      if (colon > 0 && FILTERS[raw.slice(0, colon).toLowerCase()] && colon < raw.length - 1) {
        var kind = FILTERS[raw.slice(0, colon).toLowerCase()], value = raw.slice(colon + 1);
        if (kind === "y") { q.filters.y = yearRange(value) || q.filters.y; }
        else if (kind === "a") { split(fold(value)).forEach(function (w) { q.filters.a.push(w); }); }
        else { q.filters[kind].push(fold(value)); }
        continue;
      }
      if (/^["“„]/.test(raw)) {
        // Phrases: every word must occur; the static index keeps no positions.
        units.push({ words: split(raw), prefix: null });
        if (split(raw).length > 1) q.notes.push("phrase");
      } else if (/\*$/.test(raw)) {
        var ws = split(raw), last = ws.pop();
        if (last && fold(last).length >= 2) units.push({ words: ws, prefix: fold(last) });
      } else {
        units.push({ words: split(raw), prefix: null });
      }
      units.forEach(function (u) {
        if (!u.words.length && !u.prefix) return;
        if (neg) q.excluded.push(u);
        else if (pendingOr && q.groups.length) q.groups[q.groups.length - 1].push(u);
        else q.groups.push([u]);
        pendingOr = false;
      });
    }
    return q;
  }

  // ---- The bundle ----
  var metaPromise = null, chunks = new Map(), docFiles = new Map();
  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }
  function meta() {
    if (!metaPromise) metaPromise = getJSON(base + "meta.json");
    return metaPromise;
  }
  function chunkIndex(m, key) {
    var lo = 0, hi = m.chunks.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (m.chunks[mid] <= key) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }
  function chunk(n) {
    if (!chunks.has(n)) {
      chunks.set(n, fetch(base + "t/" + n + ".txt").then(function (r) {
        if (!r.ok) throw new Error("chunk " + n);
        return r.text();
      }).then(function (text) {
        var map = new Map();
        text.split("\n").forEach(function (line) {
          if (!line) return;
          var a = line.split("\t");
          map.set(a[0], { key: a[0], forms: a[1] ? a[1].split(" ") : [], postings: a[2] || "" });
        });
        return map;
      }));
    }
    return chunks.get(n);
  }
  function decode(postings) {
    var docs = new Map(), doc = 0;
    if (!postings) return docs;
    postings.split(",").forEach(function (p) {
      doc += parseInt(p.slice(1), 36);
      docs.set(doc, parseInt(p[0], 36));
    });
    return docs;
  }
  function entriesFor(m, chunkNumbers) {
    var unique = Array.from(new Set(chunkNumbers));
    return Promise.all(unique.map(chunk)).then(function (maps) {
      var all = [];
      maps.forEach(function (map) { map.forEach(function (e) { all.push(e); }); });
      return all;
    });
  }
  // The entries a word stands for: those listing it as a form (any language), else the longest
  // stem it starts with (an inflection the archive never uses).
  function wordEntries(m, word) {
    var f = fold(word), nums = [chunkIndex(m, f)];
    for (var n = f.length - 1; n >= Math.max(2, f.length - 5); n--) nums.push(chunkIndex(m, f.slice(0, n)));
    return entriesFor(m, nums).then(function (entries) {
      var exact = entries.filter(function (e) { return e.key === f || e.forms.indexOf(f) >= 0; });
      if (exact.length) return exact;
      var best = null;
      entries.forEach(function (e) {
        if (e.key[0] !== "~" && e.key.length >= 3 && e.key.length >= f.length - 3 && f.indexOf(e.key) === 0 &&
            (!best || e.key.length > best.key.length)) best = e;
      });
      return best ? [best] : [];
    });
  }
  function prefixEntries(m, prefix) {
    var first = chunkIndex(m, prefix), last = Math.min(chunkIndex(m, prefix + "\uffff"), first + 3), nums = [];
    for (var n = first; n <= last; n++) nums.push(n);
    return entriesFor(m, nums).then(function (entries) {
      return entries.filter(function (e) {
        return e.key[0] !== "~" && (e.key.indexOf(prefix) === 0 || e.forms.some(function (f) { return f.indexOf(prefix) === 0; }));
      }).slice(0, 300);
    });
  }
  function keyDocs(m, key) {
    return entriesFor(m, [chunkIndex(m, key)]).then(function (entries) {
      var e = entries.find(function (x) { return x.key === key; });
      return e ? decode(e.postings) : new Map();
    });
  }
  // A unit's documents with scores: every word must match (a phrase's words, all of them).
  function unitDocs(m, unit, highlight) {
    var parts = unit.words.filter(function (w) {
      var f = fold(w);
      return !Object.keys(m.stop).some(function (l) { return m.stop[l].indexOf(f) >= 0; });
    }).map(function (w) { highlight.add(fold(w)); return wordEntries(m, w); });
    if (unit.prefix) parts.push(prefixEntries(m, unit.prefix));
    if (!parts.length) return Promise.resolve(null);
    return Promise.all(parts).then(function (lists) {
      var result = null;
      lists.forEach(function (entries) {
        var scores = new Map();
        entries.forEach(function (e) {
          e.forms.forEach(function (f) { highlight.add(f); });
          var docs = decode(e.postings);
          var idf = Math.log(1 + (m.docs - docs.size + 0.5) / (docs.size + 0.5));
          docs.forEach(function (w, d) { scores.set(d, (scores.get(d) || 0) + idf * w); });
        });
        if (result === null) result = scores;
        else {
          var next = new Map();
          result.forEach(function (s, d) { if (scores.has(d)) next.set(d, s + scores.get(d)); });
          result = next;
        }
      });
      return result;
    });
  }
  function union(maps) {
    var out = new Map();
    maps.forEach(function (map) { map.forEach(function (v, k) { out.set(k, (out.get(k) || 0) + v); }); });
    return out;
  }
  function filterDocs(m, f) {
    var sets = [];
    function anyOf(prefix, values) {
      if (values.length) sets.push(Promise.all(values.map(function (v) { return keyDocs(m, prefix + v); })).then(union));
    }
    anyOf("~s:", f.s);
    anyOf("~l:", f.l);
    f.a.forEach(function (w) { sets.push(keyDocs(m, "~a:" + w)); });
    f.e.forEach(function (id) { sets.push(keyDocs(m, "~e:" + id)); });
    if (f.y) {
      var years = m.years.filter(function (y) { return (f.y[0] === null || y >= f.y[0]) && (f.y[1] === null || y <= f.y[1]); });
      sets.push(Promise.all(years.map(function (y) { return keyDocs(m, "~y:" + y); })).then(union));
    }
    return Promise.all(sets);
  }
  function searchBundle(text) {
    return meta().then(function (m) {
      var q = parse(text), highlight = new Set();
      var groups = Promise.all(q.groups.map(function (g) {
        return Promise.all(g.map(function (u) { return unitDocs(m, u, highlight); })).then(function (maps) {
          var live = maps.filter(function (x) { return x !== null; });
          return live.length ? union(live) : null;
        });
      }));
      var excluded = Promise.all(q.excluded.map(function (u) { return unitDocs(m, u, new Set()); }));
      return Promise.all([groups, excluded, filterDocs(m, q.filters)]).then(function (r) {
        var result = null;
        r[0].filter(function (g) { return g !== null; }).concat(r[2]).forEach(function (set, i) {
          if (result === null) { result = new Map(set); return; }
          var next = new Map();
          result.forEach(function (s, d) { if (set.has(d)) next.set(d, s + (i < r[0].length ? set.get(d) : 0)); });
          result = next;
        });
        result = result || new Map();
        r[1].forEach(function (set) { if (set) set.forEach(function (_, d) { result.delete(d); }); });
        var ranked = Array.from(result.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
        return { ranked: ranked, highlight: highlight, meta: m, notes: q.notes };
      });
    });
  }
  function docMeta(m, d) {
    var n = Math.floor(d / m.docs_per_file);
    if (!docFiles.has(n)) docFiles.set(n, getJSON(base + "d/" + n + ".json"));
    return docFiles.get(n).then(function (list) { return list[d % m.docs_per_file]; });
  }

  // ---- Facet counts over the current results (f/<n>.txt: one line per document) ----
  var facetFiles = new Map(), facetPeople = null;
  function facetFile(n) {
    if (!facetFiles.has(n)) {
      facetFiles.set(n, fetch(base + "f/" + n + ".txt").then(function (r) {
        if (!r.ok) throw new Error("facets " + n);
        return r.text();
      }).then(function (text) { return text.split("\n"); }));
    }
    return facetFiles.get(n);
  }
  function counted(map, label) {
    return Array.from(map.entries()).map(function (e) { return { value: e[0], label: label(e[0]), count: e[1] }; });
  }
  function byCount(a, b) { return b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0); }
  // Counts by series, language, decade and the most named people, in the server's shape.
  function facetCounts(m, ranked) {
    if (!m.facet_docs || !ranked.length) return Promise.resolve(null);
    var per = m.facet_docs, files = new Set();
    ranked.forEach(function (e) { files.add(Math.floor(e[0] / per)); });
    if (!facetPeople) facetPeople = getJSON(base + "f/people.json");
    var nums = Array.from(files);
    return Promise.all([facetPeople].concat(nums.map(facetFile))).then(function (got) {
      var people = got[0], lines = new Map();
      nums.forEach(function (n, i) { lines.set(n, got[i + 1]); });
      var series = new Map(), langs = new Map(), decades = new Map(), named = new Map();
      function add(map, key) { map.set(key, (map.get(key) || 0) + 1); }
      ranked.forEach(function (e) {
        var line = (lines.get(Math.floor(e[0] / per)) || [])[e[0] % per];
        if (!line) return;
        var a = line.split(" ");
        var s = m.series[parseInt(a[0], 36)], l = m.languages[parseInt(a[1], 36)];
        if (s) add(series, s[0]);
        if (l) add(langs, l);
        if (a[2] && a[2] !== "-") add(decades, Math.floor(+a[2] / 10) * 10);
        for (var i = 3; i < a.length; i++) {
          var p = people[parseInt(a[i], 36)];
          if (p) add(named, p[0]);
        }
      });
      var titles = new Map(m.series), names = new Map(people);
      return {
        series: counted(series, function (id) { return titles.get(id) || id; }).sort(byCount),
        language: counted(langs, function (l) { return l; }).sort(byCount),
        decade: counted(decades, function (d) { return d + "s"; }).sort(function (a, b) { return a.value - b.value; }),
        people: counted(named, function (id) { return names.get(id) || id; }).sort(byCount).slice(0, 10)
      };
    });
  }

  // The engine without a page, for tests and benchmarks (node with a fetch of its own).
  globalThis.kroniekSearch = {
    fold: fold, parse: parse, search: searchBundle, docMeta: function (d) { return meta().then(function (m) { return docMeta(m, d); }); },
    facets: function (ranked) { return meta().then(function (m) { return facetCounts(m, ranked); }); },
    setBase: function (b) { base = b; metaPromise = null; chunks.clear(); docFiles.clear(); facetFiles.clear(); facetPeople = null; }
  };
  if (typeof document === "undefined") return;
  var form = document.getElementById("search-form");
  var out = document.getElementById("search-results");
  if (!form || !out) return;
  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js");
  base = form.getAttribute("data-bundle") || base;
  var api = form.getAttribute("data-api") || "/api/search";
  var words = {
    results: form.getAttribute("data-t-results") || "results",
    none: form.getAttribute("data-t-none") || "No results.",
    more: form.getAttribute("data-t-more") || "More",
    failed: form.getAttribute("data-t-failed") || "Search failed."
  };

  // ---- Rendering (DOM nodes and text only; no HTML is ever parsed) ----
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function marked(parent, text, highlight) {
    text.split(/([\p{L}\p{N}]+)/u).forEach(function (part) {
      if (highlight.has(fold(part))) parent.appendChild(el("mark", null, part));
      else if (part) parent.appendChild(document.createTextNode(part));
    });
    return parent;
  }
  // The server's snippets escape everything but <mark>; rebuild them as nodes.
  function serverSnippet(parent, html) {
    var decode = function (s) {
      return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
    };
    html.split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
      var m = /^<mark>(.*)<\/mark>$/.exec(part);
      if (m) parent.appendChild(el("mark", null, decode(m[1])));
      else if (part) parent.appendChild(document.createTextNode(decode(part)));
    });
    return parent;
  }
  function hitItem(h, highlight) {
    var li = el("li", "search-hit");
    if (h.series) li.appendChild(el("p", "kicker", h.series));
    var title = el("h2", "search-hit-title"), a = el("a", null, h.title);
    a.href = h.url;
    title.appendChild(a);
    li.appendChild(title);
    if (h.date) li.appendChild(el("p", "search-hit-date", h.date));
    var p = el("p", "search-hit-snippet");
    li.appendChild(h.html ? serverSnippet(p, h.html) : marked(p, h.text || "", highlight));
    return li;
  }
  function show(total, items, notes, facets, more) {
    out.textContent = "";
    out.appendChild(el("p", "search-count", total + " " + words.results));
    notes.forEach(function (n) { out.appendChild(el("p", "search-note", n)); });
    var slot = el("div", "search-facets-slot");
    out.appendChild(slot);
    if (facets && typeof facets.then === "function") facets.then(function (f) { showFacets(slot, f); }, function () {});
    else showFacets(slot, facets);
    if (!total) { out.appendChild(el("p", "search-none", words.none)); return; }
    var ol = el("ol", "search-hits");
    items.forEach(function (li) { ol.appendChild(li); });
    out.appendChild(ol);
    if (more) {
      var b = el("button", "button search-more", words.more);
      b.type = "button";
      b.addEventListener("click", more);
      out.appendChild(b);
    }
  }

  // Facets as links that narrow the current query (the same URL a reader could bookmark); a
  // click is answered here without reloading the page.
  var FACET_FIELDS = [["series", "reeks"], ["language", "taal"], ["decade", "decade"], ["people", "persoon"]];
  function narrowed(field, value) {
    var params = new URLSearchParams(new FormData(form));
    if (field === "decade") { params.set("van", value); params.set("tot", +value + 9); }
    else params.set(field, value);
    return params;
  }
  function showFacets(slot, facets) {
    slot.textContent = "";
    if (!facets) return;
    var dl = el("dl", "search-facets");
    FACET_FIELDS.forEach(function (f) {
      var counts = facets[f[0]];
      if (!counts || !counts.length) return;
      dl.appendChild(el("dt", null, form.getAttribute("data-t-facet-" + f[0]) || f[0]));
      var dd = el("dd");
      counts.forEach(function (c) {
        var a = el("a", "search-facet", c.label + " (" + c.count + ")");
        a.href = "?" + narrowed(f[1], c.value).toString();
        a.setAttribute("data-field", f[1]);
        a.setAttribute("data-value", c.value);
        a.addEventListener("click", function (ev) {
          ev.preventDefault();
          narrow(f[1], String(c.value), c.label);
        });
        dd.appendChild(a);
      });
      dl.appendChild(dd);
    });
    slot.appendChild(dl);
  }
  function narrow(field, value, label) {
    if (field === "decade") {
      form.querySelector("[name=van]").value = value;
      form.querySelector("[name=tot]").value = +value + 9;
    } else {
      var select = form.querySelector("select[name=" + field + "]");
      if (!select) return;
      if (!Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        var o = el("option", null, label);
        o.value = value;
        select.appendChild(o);
      }
      select.value = value;
    }
    submit();
  }

  // ---- The form ----
  function queryText() {
    var data = new FormData(form), parts = [data.get("q") || ""];
    [["reeks", "series:"], ["taal", "taal:"], ["persoon", "persoon:"]].forEach(function (f) {
      var v = data.get(f[0]);
      if (v) parts.push(f[1] + v);
    });
    var from = data.get("van"), to = data.get("tot");
    if (from || to) parts.push("jaar:" + (from || "") + ".." + (to || ""));
    return parts.join(" ").trim();
  }
  var mode = null; // "bundle" or "api", decided by whether the bundle is there
  function run(text, shown) {
    if (!text) { out.textContent = ""; return; }
    var pick = mode ? Promise.resolve(mode) : meta().then(function () { return "bundle"; }, function () { return "api"; });
    pick.then(function (m) {
      mode = m;
      if (m === "api") {
        return getJSON(api + "?q=" + encodeURIComponent(text) + "&limit=" + (shown + PAGE)).then(function (r) {
          show(r.total, r.hits.map(function (h) {
            return hitItem({ url: h.url, title: h.title, series: h.series_title, date: h.date, html: h.snippet });
          }), r.notes.map(function (n) { return n.message; }), r.facets,
          r.total > r.hits.length ? function () { run(text, shown + PAGE); } : null);
        });
      }
      return searchBundle(text).then(function (r) {
        var page = r.ranked.slice(0, shown + PAGE);
        return Promise.all(page.map(function (e) { return docMeta(r.meta, e[0]); })).then(function (docs) {
          show(r.ranked.length, docs.map(function (d) {
            return hitItem({ url: d.u, title: d.t, series: d.s, date: d.d, text: d.e }, r.highlight);
          }), r.notes.length ? [form.getAttribute("data-t-phrase") || "Phrases match their words in any order here."] : [],
          facetCounts(r.meta, r.ranked),
          r.ranked.length > page.length ? function () { run(text, shown + PAGE); } : null);
        });
      });
    }).catch(function () { out.textContent = ""; out.appendChild(el("p", "search-none", words.failed)); });
  }
  // A value from the URL on its select, added as an option when the list lacks it.
  function choose(name, wanted) {
    var select = form.querySelector("select[name=" + name + "]");
    if (!select || !wanted) return;
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
      var extra = el("option", null, wanted);
      extra.value = wanted;
      select.appendChild(extra);
    }
    select.value = wanted;
  }
  function fillFilters() {
    var params = new URLSearchParams(location.search);
    function fromUrl() { ["reeks", "taal", "persoon"].forEach(function (n) { choose(n, params.get(n)); }); }
    return meta().then(function (m) {
      function fill(name, pairs) {
        var select = form.querySelector("select[name=" + name + "]");
        if (!select || select.options.length > 1) return;
        pairs.forEach(function (p) { var o = el("option", null, p[1]); o.value = p[0]; select.appendChild(o); });
      }
      fill("reeks", m.series);
      fill("taal", m.languages.map(function (l) { return [l, l]; }));
      fill("persoon", m.people);
      fromUrl();
    }, fromUrl);
  }
  function submit() {
    var text = queryText(), params = new URLSearchParams(new FormData(form));
    history.replaceState(null, "", "?" + params.toString());
    run(text, 0);
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    submit();
  });
  var params = new URLSearchParams(location.search);
  ["q", "van", "tot"].forEach(function (n) {
    var input = form.querySelector("[name=" + n + "]");
    if (input && params.get(n)) input.value = params.get(n);
  });
  var asked = ["q", "reeks", "taal", "persoon", "van", "tot"].some(function (n) { return params.get(n); });
  // The selects are filled first, so that the URL's values are on them when the query runs.
  fillFilters().then(function () { if (asked) run(queryText(), 0); });
})();
