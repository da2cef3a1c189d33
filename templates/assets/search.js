// Search as you type over search/index.json (articles, people, figures) and search/quotes.json,
// both written by the build. No server: the index is fetched once, on first use, and kept.
// Results are built with DOM nodes and textContent only, so no text from the archive becomes markup.
(function () {
  "use strict";

  var root = new URL("../", document.currentScript.src); // assets/search.js → the site's root
  var KINDS = { person: "Person", article: "Article", figure: "Figure", quote: "Quote" };
  var RANK = { person: 0, article: 1, figure: 2, quote: 3 };
  var BOX_LIMIT = 8;
  var PAGE_LIMIT = 200;
  var entries = [];
  var index = null; // the promise of search/index.json: articles, people, figures (small)
  var quotes = null; // the promise of search/quotes.json (large), fetched after the index
  var articleUrls = []; // quotes name their article by its place in the index's list

  function fold(text) {
    // Case and accents do not matter: "zelenskyy" finds "Zelenskyy", "sao" finds "São".
    return " " + text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ") + " ";
  }

  function add(kind, label, url, detail, extra) {
    entries.push({ kind: kind, label: label, url: url, detail: detail,
                   folded: fold(label), hay: fold(label + " " + (extra || "")) });
  }

  function fetchJson(path) {
    return fetch(new URL(path, root)).then(function (r) {
      if (!r.ok) { throw new Error(path + ": " + r.status); }
      return r.json();
    });
  }

  function retryable(promise, forget) {
    return promise.catch(function (error) { forget(); throw error; }); // a failed fetch is tried again
  }

  function loadIndex() {
    index = index || retryable(fetchJson("search/index.json").then(function (data) {
      data.people.forEach(function (p) {
        var detail = p[3] || (p[4] ? p[4] + (p[4] === 1 ? " quote" : " quotes") : "");
        add("person", p[0], p[1], detail, p[2]);
      });
      data.articles.forEach(function (a) { add("article", a[0], a[1], a[2]); articleUrls.push(a[1]); });
      data.figures.forEach(function (f) { add("figure", f[0], f[1], "latest: " + f[2]); });
    }), function () { index = null; });
    return index;
  }

  function loadQuotes() {
    quotes = quotes || retryable(Promise.all([loadIndex(), fetchJson("search/quotes.json")]).then(function (both) {
      var data = both[1];
      data.forEach(function (q) { // [text, speaker, article's place in index.json, sentence]
        add("quote", "\u201c" + q[0] + "\u201d", articleUrls[q[2]] + "#s" + q[3], q[1], q[1]);
      });
    }), function () { quotes = null; });
    return quotes;
  }

  function search(query, limit) {
    var words = fold(query).trim().split(" ").filter(Boolean);
    if (!words.length) { return []; }
    var phrase = fold(query);
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var all = true;
      for (var w = 0; w < words.length && all; w++) { all = e.hay.indexOf(" " + words[w]) !== -1; }
      if (all) {
        var exact = e.folded.indexOf(phrase.trimEnd()) === 0 ? 0 : 1;
        hits.push({ e: e, score: RANK[e.kind] * 2 + exact, order: i });
      }
    }
    hits.sort(function (a, b) { return a.score - b.score || a.order - b.order; });
    return hits.slice(0, limit).map(function (h) { return h.e; });
  }

  function href(url) {
    var target = new URL(url, root);
    var ours = target.protocol === root.protocol && target.origin === root.origin;
    return ours ? target.href : root.href; // only ever a page of this site
  }

  function render(container, status, query, limit, complete) {
    var found = search(query, limit);
    container.textContent = "";
    if (complete) { container.dataset.query = query; } // the results shown are all there are for it
    if (!query.trim()) {
      container.hidden = container.dataset.searchResults === "box";
      if (status) { status.textContent = ""; }
      return;
    }
    var list = document.createElement("ul");
    list.className = "search-hits";
    found.forEach(function (e) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "search-kind search-kind-" + e.kind;
      kind.textContent = KINDS[e.kind];
      var link = document.createElement("a");
      link.href = href(e.url);
      link.textContent = e.label;
      item.append(kind, " ", link);
      if (e.detail) {
        var detail = document.createElement("span");
        detail.className = "search-detail";
        detail.textContent = e.detail;
        item.append(" ", detail);
      }
      list.append(item);
    });
    if (container.dataset.searchResults === "box") {
      var more = document.createElement("a");
      more.className = "search-more";
      more.href = href("search/?q=" + encodeURIComponent(query));
      more.textContent = found.length ? "All results for \u201c" + query + "\u201d" : "No match for \u201c" + query + "\u201d";
      container.append(list, more);
      container.hidden = false;
    } else {
      container.append(list);
    }
    if (status) {
      status.textContent = found.length === limit ? "The first " + limit + " results" :
        found.length + (found.length === 1 ? " result" : " results");
    }
  }

  function wire(input, container, status, limit) {
    var failed = function () {
      if (status) { status.textContent = "The search index could not be loaded; try again."; }
    };
    var update = function () {
      var query = input.value;
      loadIndex().then(function () {
        render(container, status, query, limit, false); // people, articles, figures at once
        return loadQuotes().then(function () { render(container, status, query, limit, true); },
                                 function () { render(container, status, query, limit, true); });
      }).catch(failed);
    };
    input.addEventListener("input", update);
    input.addEventListener("focus", function () { loadIndex().then(loadQuotes).catch(function () {}); });
    return update;
  }

  function start() {
    var box = document.querySelector("[data-search-input=box]");
    var popup = document.querySelector("[data-search-results=box]");
    if (box && popup) {
      wire(box, popup, document.querySelector("[data-search-status=box]"), BOX_LIMIT);
      box.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { popup.hidden = true; }
      });
      box.form.addEventListener("focusout", function (event) {
        if (!box.form.contains(event.relatedTarget)) { popup.hidden = true; } // Tab out closes it
      });
      document.addEventListener("click", function (event) {
        if (!box.form.contains(event.target)) { popup.hidden = true; }
      });
    }
    var field = document.querySelector("[data-search-input=page]");
    var results = document.querySelector("[data-search-results=page]");
    if (field && results) {
      var update = wire(field, results, document.getElementById("search-page-status"), PAGE_LIMIT);
      field.value = new URLSearchParams(location.search).get("q") || "";
      if (field.value) { update(); }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
