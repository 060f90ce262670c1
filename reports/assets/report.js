/* auditor report: theme toggle, and the index table's sort, filter and pages.
 *
 * The rows come from data.js (window.AUDIT_ROWS, one array per article) so the
 * report opens from file:// and stays fast at 10k+ articles: filter and sort work on
 * the array in memory and only one page of <tr> is ever in the DOM. Text goes in with
 * textContent, never innerHTML: article strings are untrusted.
 */
(function () {
  "use strict";

  // --- theme ------------------------------------------------------------------
  var root = document.documentElement;
  var toggle = document.getElementById("theme-toggle");
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function isDark() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen === "dark";
    return !!(media && media.matches);
  }

  function syncToggle() {
    if (!toggle) return;
    toggle.setAttribute("aria-pressed", isDark() ? "true" : "false");
  }

  if (toggle) {
    toggle.hidden = false;
    syncToggle();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { window.localStorage.setItem("auditor-theme", next); } catch (e) { /* not saved */ }
      syncToggle();
    });
    if (media && media.addEventListener) media.addEventListener("change", syncToggle);
  }

  // --- articles table -----------------------------------------------------------
  var table = document.getElementById("articles-table");
  var data = window.AUDIT_ROWS;
  if (!table || !Array.isArray(data)) return;

  // Each row of data.js is an array in the order of AUDIT_COLUMNS, both emitted by
  // auditor/report (Row.COLUMNS): columns are looked up by name, never by position.
  var columns = window.AUDIT_COLUMNS || [];
  function col(name) {
    var i = columns.indexOf(name);
    if (i < 0) throw new Error("data.js has no column " + name);
    return i;
  }
  var FILE = col("file"), PATH = col("path"), HEADLINE = col("headline"), SCORE = col("score"),
      WORDS = col("words"), GRADE = col("grade"), ERRORS = col("errors"), WARNINGS = col("warnings"),
      LISTICLE = col("listicle"), STATE = col("state"), ERROR = col("error");
  var KEYS = {
    path: PATH, headline: HEADLINE, score: SCORE, words: WORDS, grade: GRADE,
    errors: ERRORS, warnings: WARNINGS, listicle: LISTICLE
  };
  // The direction a first click sorts: worst first for scores and counts.
  var FIRST_DIR = {
    path: "ascending", headline: "ascending", score: "ascending", words: "descending",
    grade: "descending", errors: "descending", warnings: "descending", listicle: "ascending"
  };
  var STATE_RANK = { bad: 0, ok: 1, none: 2 };
  var numberFormat = new Intl.NumberFormat("en");

  var tbody = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var controls = document.getElementById("table-controls");
  var textInput = document.getElementById("filter-text");
  var kindSelect = document.getElementById("filter-kind");
  var sizeSelect = document.getElementById("page-size");
  var status = document.getElementById("table-status");
  var pager = document.getElementById("pager");
  var pagerLabel = document.getElementById("pager-label");

  var haystack = data.map(function (row) {
    return (row[PATH] + "\n" + (row[HEADLINE] || "") + "\n" + (row[ERROR] || "")).toLowerCase();
  });
  var state = { key: "path", dir: "ascending", text: "", kind: "all", page: 0, size: 100 };
  var view = [];  // indexes into data, filtered and sorted

  // Score bands come from Python (auditor/engine/scoring.py BANDS), highest first.
  var bands = window.AUDIT_BANDS || [];
  function band(score) {
    if (score === null || score === undefined) return "na";
    for (var i = 0; i < bands.length; i++) {
      if (score >= bands[i].min) return bands[i].css;
    }
    return "fail";
  }

  function keep(i) {
    var row = data[i];
    switch (state.kind) {
      case "errors": if (!(row[ERRORS] > 0)) return false; break;
      case "warnings": if (!(row[WARNINGS] > 0)) return false; break;
      case "listicle-bad": if (row[STATE] !== "bad") return false; break;
      case "failed": if (row[ERROR] === null) return false; break;
      case "clean": if (row[ERROR] !== null || row[ERRORS] > 0 || row[WARNINGS] > 0) return false; break;
      default: break;
    }
    return !state.text || haystack[i].indexOf(state.text) !== -1;
  }

  function compare(a, b) {
    var col = KEYS[state.key];
    var x = data[a][col], y = data[b][col];
    if (state.key === "listicle") {
      x = STATE_RANK[data[a][STATE]]; y = STATE_RANK[data[b][STATE]];
    }
    // Missing values sort last whichever the direction.
    var xNull = x === null || x === undefined || x === "", yNull = y === null || y === undefined || y === "";
    if (xNull || yNull) return xNull === yNull ? a - b : (xNull ? 1 : -1);
    var c;
    if (typeof x === "string") {
      x = x.toLowerCase(); y = y.toLowerCase();
      c = x < y ? -1 : x > y ? 1 : 0;
    } else {
      c = x - y;
    }
    if (state.dir === "descending") c = -c;
    return c || a - b;  // stable: data order breaks ties
  }

  function rebuild() {
    view = [];
    for (var i = 0; i < data.length; i++) if (keep(i)) view.push(i);
    view.sort(compare);
  }

  function cell(tr, className) {
    var td = document.createElement("td");
    if (className) td.className = className;
    tr.appendChild(td);
    return td;
  }

  function countCell(tr, n, level) {
    var td = cell(tr, "num");
    if (n > 0) {
      var span = document.createElement("span");
      span.className = "count count--" + level;
      span.textContent = String(n);
      td.appendChild(span);
    } else {
      td.textContent = "0";
    }
  }

  function renderRow(row) {
    var tr = document.createElement("tr");
    if (row[ERROR] !== null) tr.className = "row--failed";
    var a = document.createElement("a");
    a.setAttribute("href", "articles/" + row[FILE] + ".html");
    a.textContent = row[PATH];
    cell(tr, "cell-path").appendChild(a);
    var head = cell(tr, "cell-headline");
    if (row[ERROR] !== null) {
      var err = document.createElement("span");
      err.className = "text-fail";
      err.textContent = "Not audited: " + row[ERROR];
      head.appendChild(err);
    } else {
      head.textContent = row[HEADLINE];
    }
    var score = document.createElement("span");
    score.className = "score score--" + band(row[SCORE]);
    score.textContent = row[SCORE] === null ? "\u2013" : String(row[SCORE]);
    cell(tr, "num").appendChild(score);
    cell(tr, "num").textContent = row[WORDS] === null ? "\u2014" : numberFormat.format(row[WORDS]);
    cell(tr, "num").textContent = row[GRADE] === null ? "\u2014" : String(row[GRADE]);
    countCell(tr, row[ERRORS], "error");
    countCell(tr, row[WARNINGS], "warning");
    cell(tr, "listicle listicle--" + row[STATE]).textContent = row[LISTICLE];
    return tr;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(view.length / state.size));
    if (state.page >= pages) state.page = pages - 1;
    if (state.page < 0) state.page = 0;
    var start = state.page * state.size;
    var end = Math.min(view.length, start + state.size);
    var frag = document.createDocumentFragment();
    for (var i = start; i < end; i++) frag.appendChild(renderRow(data[view[i]]));
    tbody.replaceChildren(frag);

    headers.forEach(function (th) {
      if (th.dataset.key === state.key) th.setAttribute("aria-sort", state.dir);
      else th.removeAttribute("aria-sort");
    });
    var filtered = view.length !== data.length ? " (filtered from " + numberFormat.format(data.length) + ")" : "";
    status.textContent = view.length
      ? "Showing " + numberFormat.format(start + 1) + "\u2013" + numberFormat.format(end) + " of " +
        numberFormat.format(view.length) + " articles" + filtered + "."
      : "No articles match" + filtered + ".";
    pagerLabel.textContent = "Page " + (state.page + 1) + " of " + pages;
    pager.hidden = pages <= 1;
    pager.querySelector('[data-page="first"]').disabled = state.page === 0;
    pager.querySelector('[data-page="prev"]').disabled = state.page === 0;
    pager.querySelector('[data-page="next"]').disabled = state.page >= pages - 1;
    pager.querySelector('[data-page="last"]').disabled = state.page >= pages - 1;
    saveState();
  }

  // The table's state lives in the URL's fragment (#sort=score&page=3…), so Back
  // from an article page, a reload or a shared link shows the same rows.
  var DEFAULTS = { sort: "path", dir: "ascending", page: "1", size: "100", show: "all", q: "" };

  function saveState() {
    var values = {
      sort: state.key, dir: state.dir, page: String(state.page + 1), size: String(state.size),
      show: state.kind, q: textInput.value.trim()
    };
    var parts = [];
    Object.keys(DEFAULTS).forEach(function (k) {
      if (values[k] !== DEFAULTS[k]) parts.push(k + "=" + encodeURIComponent(values[k]));
    });
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash === window.location.hash || (!hash && !window.location.hash)) return;
    try {
      window.history.replaceState(null, "", window.location.pathname + window.location.search + hash);
    } catch (e) { /* some browsers refuse on file://: the state just is not kept */ }
  }

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function loadState() {
    var hash = window.location.hash.replace(/^#/, "");
    if (!hash || hash.indexOf("=") === -1) return false;
    var values = {};
    hash.split("&").forEach(function (pair) {
      var i = pair.indexOf("=");
      if (i > 0) {
        try { values[pair.slice(0, i)] = decodeURIComponent(pair.slice(i + 1)); } catch (e) { /* ignore */ }
      }
    });
    if (Object.prototype.hasOwnProperty.call(KEYS, values.sort)) state.key = values.sort;
    if (values.dir === "ascending" || values.dir === "descending") state.dir = values.dir;
    if (values.size && hasOption(sizeSelect, values.size)) sizeSelect.value = values.size;
    if (values.show && hasOption(kindSelect, values.show)) kindSelect.value = values.show;
    if (typeof values.q === "string") textInput.value = values.q;
    var page = parseInt(values.page, 10);
    state.page = page > 0 ? page - 1 : 0;
    return true;
  }

  function update() { rebuild(); render(); }

  // Header labels become buttons so sorting works from the keyboard.
  headers.forEach(function (th) {
    var key = th.dataset.key;
    if (!key) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent;
    var icon = document.createElement("span");
    icon.className = "sort__icon";
    icon.setAttribute("aria-hidden", "true");
    button.appendChild(icon);
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      if (state.key === key) {
        state.dir = state.dir === "ascending" ? "descending" : "ascending";
      } else {
        state.key = key;
        state.dir = FIRST_DIR[key] || "ascending";
      }
      state.page = 0;
      update();
    });
  });

  var timer = null;
  textInput.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      state.text = textInput.value.trim().toLowerCase();
      state.page = 0;
      update();
    }, 120);
  });
  kindSelect.addEventListener("change", function () {
    state.kind = kindSelect.value;
    state.page = 0;
    update();
  });
  sizeSelect.addEventListener("change", function () {
    state.size = parseInt(sizeSelect.value, 10) || 100;
    state.page = 0;
    render();
  });
  pager.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-page]");
    if (!button) return;
    var pages = Math.max(1, Math.ceil(view.length / state.size));
    var to = button.getAttribute("data-page");
    state.page = to === "first" ? 0 : to === "prev" ? state.page - 1 : to === "next" ? state.page + 1 : pages - 1;
    render();
    // Keep the top of the new page in view when paging from the bottom bar.
    if (table.getBoundingClientRect().top < 0) table.scrollIntoView({ block: "start" });
  });

  function start(fromHashChange) {
    if (fromHashChange) {
      // A fragment typed or pasted by the reader: start from the defaults.
      state.key = DEFAULTS.sort; state.dir = DEFAULTS.dir;
      sizeSelect.value = DEFAULTS.size; kindSelect.value = DEFAULTS.show; textInput.value = "";
    }
    // The URL's state if any, else what the controls show (browsers restore form
    // fields on reload).
    var page = loadState() ? state.page : 0;
    state.size = parseInt(sizeSelect.value, 10) || 100;
    state.text = textInput.value.trim().toLowerCase();
    state.kind = kindSelect.value;
    rebuild();
    state.page = page;
    render();
  }

  window.addEventListener("hashchange", function () {
    // Only fragments that carry table state: the skip link's #main must not reset it.
    if (window.location.hash.indexOf("=") !== -1) start(true);
  });
  controls.hidden = false;
  start(false);
})();
