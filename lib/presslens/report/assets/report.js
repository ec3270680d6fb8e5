/* presslens reader pages: sortable, searchable tables that open with their first rows; long lists and
   texts folded; links to a sentence (#s-...) unfold what hides it and scroll to it. Offline, no library. */
(function () {
  "use strict";
  var PREVIEW = 5;        // rows or items shown before "show all"
  var FOLD_AFTER = 8;     // a list or table longer than this opens folded
  var TEXT_FOLD_PX = 900; // a text block taller than this opens folded

  function txt(el) { return (el.textContent || "").replace(/\s+/g, " ").trim(); }
  function num(s) {
    var t = s.replace(/[,\u00a0\s]/g, "").replace(/^\u2212/, "-");
    return t !== "" && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t) ? parseFloat(t) : NaN;
  }
  function button(label, onclick) {
    var b = document.createElement("button");
    b.type = "button"; b.className = "pl-more-button"; b.textContent = label;
    b.addEventListener("click", onclick);
    return b;
  }

  /* ---- tables ---- */
  function bodyRows(table) {
    var rows = [];
    var bodies = table.tBodies.length ? table.tBodies : [table];
    for (var i = 0; i < bodies.length; i++) {
      var rs = bodies[i].rows;
      for (var j = 0; j < rs.length; j++) {
        if (rs[j].parentNode.tagName === "THEAD") continue;
        if (!table.tBodies.length && j === 0 && rs[j].querySelector("th") && !rs[j].querySelector("td")) continue;
        rows.push(rs[j]);
      }
    }
    return rows;
  }
  function headerCells(table) {
    if (table.tHead && table.tHead.rows.length) return table.tHead.rows[table.tHead.rows.length - 1].cells;
    var first = table.rows[0];
    return first && first.querySelector("th") && !first.querySelector("td") ? first.cells : [];
  }

  function enhanceTable(table) {
    if (table.dataset.plDone) return;
    table.dataset.plDone = "1";
    var rows = bodyRows(table);
    if (rows.length < 2) return;
    var heads = headerCells(table);
    var state = { col: -1, dir: 1, query: "", filters: {}, all: rows.length <= FOLD_AFTER };
    rows.forEach(function (r, i) { r.dataset.plOrder = i; r.dataset.plText = txt(r).toLowerCase(); });
    var ncols = heads.length;
    var columns = [];
    for (var c = 0; c < ncols; c++) {
      var vals = rows.map(function (r) { return r.cells[c] ? txt(r.cells[c]) : ""; });
      var filled = vals.filter(function (v) { return v !== ""; });
      var numeric = filled.length > 0 && filled.every(function (v) { return !isNaN(num(v)); });
      columns.push({ vals: vals, numeric: numeric });
      if (numeric) {
        heads[c].classList.add("pl-num");
        rows.forEach(function (r) { if (r.cells[c]) r.cells[c].classList.add("pl-num"); });
      }
    }
    var controls = document.createElement("div");
    controls.className = "pl-controls";
    var count = document.createElement("span");
    count.className = "pl-count";
    var more = null, search = null;
    if (rows.length > FOLD_AFTER) {
      search = document.createElement("input");
      search.type = "search"; search.className = "pl-search";
      search.placeholder = "search " + rows.length + " rows";
      search.setAttribute("aria-label", "search the table");
      search.addEventListener("input", function () { state.query = search.value.toLowerCase().trim(); apply(); });
      controls.appendChild(search);
      var nfilters = 0;
      for (var k = 0; k < ncols && nfilters < 2; k++) {
        if (columns[k].numeric) continue;
        var distinct = Array.from(new Set(columns[k].vals.filter(function (v) { return v !== ""; }))).sort();
        if (distinct.length < 2 || distinct.length > 30 || distinct.length === rows.length) continue;
        nfilters++;
        var sel = document.createElement("select");
        sel.className = "pl-filter"; sel.dataset.plCol = k;
        sel.setAttribute("aria-label", "filter by " + txt(heads[k]));
        var o = document.createElement("option"); o.value = ""; o.textContent = txt(heads[k]) + ": all";
        sel.appendChild(o);
        distinct.forEach(function (v) {
          var op = document.createElement("option"); op.value = v;
          op.textContent = v.length > 40 ? v.slice(0, 39) + "\u2026" : v; sel.appendChild(op);
        });
        sel.addEventListener("change", function (ev) {
          var s = ev.target; state.filters[s.dataset.plCol] = s.value; apply();
        });
        controls.appendChild(sel);
      }
      more = button("", function () { state.all = !state.all; apply(); });
      more.classList.add("pl-show-all");
      controls.appendChild(count);
      controls.appendChild(more);
      table.parentNode.insertBefore(controls, table);
    }
    for (var h = 0; h < ncols; h++) {
      (function (col) {
        var th = heads[col];
        th.dataset.plCol = col;
        th.title = "sort by this column";
        th.setAttribute("tabindex", "0");
        var go = function () {
          state.dir = state.col === col ? -state.dir : 1; state.col = col; sort(); apply();
        };
        th.addEventListener("click", go);
        th.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });
      })(h);
    }
    function sort() {
      var col = state.col, dir = state.dir, numeric = columns[col].numeric;
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.cells[col] ? txt(a.cells[col]) : "", y = b.cells[col] ? txt(b.cells[col]) : "";
        var d;
        if (numeric) {
          var nx = num(x), ny = num(y);
          d = isNaN(nx) ? (isNaN(ny) ? 0 : 1) : isNaN(ny) ? -1 : (nx - ny) * dir;
          if (isNaN(nx) || isNaN(ny)) return d || (a.dataset.plOrder - b.dataset.plOrder);
        } else {
          d = x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" }) * dir;
        }
        return d || (a.dataset.plOrder - b.dataset.plOrder);
      });
      var parent = rows[0].parentNode;
      sorted.forEach(function (r) { parent.appendChild(r); });
      rows = sorted;
      for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
      heads[col].setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    }
    function matches(r) {
      if (state.query) {
        var words = state.query.split(/\s+/);
        for (var i = 0; i < words.length; i++) if (r.dataset.plText.indexOf(words[i]) < 0) return false;
      }
      for (var c in state.filters) {
        if (state.filters[c] && (!r.cells[c] || txt(r.cells[c]) !== state.filters[c])) return false;
      }
      return true;
    }
    function apply() {
      var n = 0, shown = 0;
      rows.forEach(function (r) {
        var ok = matches(r);
        if (ok) n++;
        var show = ok && (state.all || n <= PREVIEW);
        if (show) shown++;
        r.classList.toggle("pl-hidden", !show);
      });
      if (more) {
        count.textContent = shown + " of " + n + (n === rows.length ? " rows" : " matching rows (" + rows.length + " in all)");
        more.textContent = state.all ? "show the first " + PREVIEW : "show all " + n + " rows";
        more.classList.toggle("pl-hidden", n <= PREVIEW);
      }
      squeeze(table);
    }
    table.plReveal = function (row) {
      state.all = true; state.query = ""; state.filters = {};
      if (search) search.value = "";
      controls.querySelectorAll("select").forEach(function (s) { s.value = ""; });
      apply();
    };
    apply();
  }

  /* a table wider than its box lets its cells break anywhere (long ids, "a;b;c" lists, 50 outlets) */
  function squeeze(table) {
    var box = table.parentElement;
    if (box && !table.classList.contains("pl-squeeze") && table.getBoundingClientRect().width > box.clientWidth + 1) {
      table.classList.add("pl-squeeze");
    }
  }

  /* a presslens table carries a 5-row preview and the full table in <details> (for JupyterLab without
     this script); here the full table becomes the one interactive table */
  function unwrapPresslensTables(root) {
    root.querySelectorAll("div.pl-table").forEach(function (box) {
      var full = box.querySelector("table.pl-full");
      var preview = box.querySelector("table.pl-preview");
      var det = box.querySelector("details.pl-all");
      if (full && preview && det) {
        preview.remove();
        box.insertBefore(full, det);
        det.remove();
      }
    });
  }

  /* ---- long lists and texts ---- */
  function foldItems(box, items, noun, inside) {
    if (items.length <= FOLD_AFTER || box.dataset.plDone) return;
    box.dataset.plDone = "1";
    var open = false;
    var b = button("", function () { open = !open; draw(); });
    b.classList.add("pl-show-all");
    function draw() {
      items.forEach(function (el, i) { el.classList.toggle("pl-hidden", !open && i >= PREVIEW); });
      b.textContent = open ? "show the first " + PREVIEW : "show all " + items.length + " " + noun;
    }
    box.plReveal = function () { open = true; draw(); };
    if (inside) box.appendChild(b); else box.parentNode.insertBefore(b, box.nextSibling);
    draw();
  }
  function foldList(list) {
    foldItems(list, Array.prototype.filter.call(list.children, function (c) { return c.tagName === "LI"; }), "items");
  }
  /* an output made of many pieces (a cell that displayed one paragraph per finding) opens with five */
  function foldOutput(out) {
    var parts = Array.prototype.filter.call(out.children, function (c) {
      return c.tagName !== "STYLE" && c.tagName !== "SCRIPT" && !c.classList.contains("pl-more-button");
    });
    foldItems(out, parts, "entries", true);
  }
  function foldText(block) {
    if (block.dataset.plDone || block.scrollHeight < TEXT_FOLD_PX) return;
    block.dataset.plDone = "1";
    var open = false;
    var b = button("", function () { open = !open; draw(); });
    b.classList.add("pl-show-all");
    function draw() {
      block.classList.toggle("pl-collapsed", !open);
      b.textContent = open ? "fold the text" : "show the whole text";
    }
    block.plReveal = function () { open = true; draw(); };
    block.parentNode.insertBefore(b, block.nextSibling);
    draw();
  }

  /* ---- landing on #s-... ---- */
  function reveal(el) {
    for (var p = el; p && p !== document.body; p = p.parentElement) {
      if (p.tagName === "DETAILS") p.open = true;
      if (p.tagName === "TR") {
        var t = p.closest("table");
        if (t && t.plReveal && p.classList.contains("pl-hidden")) t.plReveal(p);
      }
      if (p.tagName !== "TR" && p.classList.contains("pl-hidden") && p.parentElement && p.parentElement.plReveal) {
        p.parentElement.plReveal();
      }
      if (p.classList && p.classList.contains("pl-collapsed") && p.plReveal) p.plReveal();
    }
  }
  function land() {
    if (!location.hash || location.hash.length < 2) return;
    var id = decodeURIComponent(location.hash.slice(1));
    var el = document.getElementById(id);
    if (!el) return;
    reveal(el);
    document.querySelectorAll(".pl-landed").forEach(function (x) { x.classList.remove("pl-landed"); });
    var box = el.classList.contains("pl-anchor") ? el.closest("tr, li, p, blockquote") : null;
    (box || el).classList.add("pl-landed");
    if (box) el.classList.add("pl-landed");
    el.scrollIntoView({ block: "center" });
  }

  function init() {
    var root = document.querySelector("main") || document.body;
    unwrapPresslensTables(root);
    root.querySelectorAll("table").forEach(enhanceTable);
    root.querySelectorAll("table").forEach(squeeze);
    root.querySelectorAll(".jp-OutputArea-output ul, .jp-OutputArea-output ol, .pl-page ul.pl-fold").forEach(foldList);
    root.querySelectorAll(".pl-text").forEach(foldText);
    root.querySelectorAll(".jp-OutputArea-output").forEach(foldOutput);
    document.documentElement.dataset.plReady = "1";
    land();
  }
  window.addEventListener("hashchange", land);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
