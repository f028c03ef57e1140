/**
 * The report page's only script: filters and search over the DOM the formatter wrote. It never
 * builds markup from data (no innerHTML): it reads `data-group`, `data-verdict` and `data-type`
 * attributes and `textContent`, and toggles the `hidden` attribute and `aria-pressed`. Without
 * it the page shows everything and hides the toolbar.
 *
 * Kept as plain ES2020 in a string so the page stays one self-contained file; its SHA-256 goes
 * into the page's Content-Security-Policy, so no other script can run there.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var doc = document;
  var toolbar = doc.getElementById('toolbar');
  var search = doc.getElementById('q');
  var status = doc.getElementById('status');
  var empty = doc.getElementById('empty');
  var reset = doc.getElementById('reset');
  if (!toolbar || !search || !status) return;
  toolbar.hidden = false;

  /** Every group once: its elements (matrix row, evidence section) and its searchable text. */
  var groups = new Map();
  doc.querySelectorAll('[data-group]').forEach(function (el) {
    var id = el.getAttribute('data-group');
    var g = groups.get(id);
    if (!g) {
      g = { els: [], text: '', verdict: el.getAttribute('data-verdict'), type: el.getAttribute('data-type') };
      groups.set(id, g);
    }
    g.els.push(el);
    el.querySelectorAll('[data-search]').forEach(function (part) {
      g.text += ' ' + part.textContent.toLowerCase();
    });
  });
  var buttons = Array.prototype.slice.call(doc.querySelectorAll('button[data-filter]'));

  function pressed(kind) {
    var out = new Set();
    buttons.forEach(function (b) {
      if (b.getAttribute('data-filter') === kind && b.getAttribute('aria-pressed') === 'true') out.add(b.getAttribute('data-value'));
    });
    return out;
  }

  function apply() {
    var verdicts = pressed('verdict');
    var types = pressed('type');
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    groups.forEach(function (g) {
      var ok = (verdicts.size === 0 || verdicts.has(g.verdict)) &&
        (types.size === 0 || types.has(g.type)) &&
        words.every(function (w) { return g.text.indexOf(w) >= 0; });
      g.els.forEach(function (el) { el.hidden = !ok; });
      if (ok) shown++;
    });
    var filtered = shown !== groups.size;
    status.textContent = filtered ? 'Showing ' + shown + ' of ' + groups.size + ' groups' : 'Showing all ' + groups.size + ' groups';
    status.classList.toggle('filtered', filtered);
    if (empty) empty.hidden = shown > 0;
    if (reset) reset.disabled = !filtered && !search.value;
  }

  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      apply();
    });
  });
  search.addEventListener('input', apply);
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && search.value) { search.value = ''; apply(); }
  });
  if (reset) reset.addEventListener('click', function () {
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    search.value = '';
    apply();
    search.focus();
  });
  // '/' jumps to the search box, as on many sites, unless the reader is typing somewhere.
  doc.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); search.focus(); }
  });
  apply();
})();
`;
