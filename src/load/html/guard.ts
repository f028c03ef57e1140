/**
 * How deep a page nests, estimated in one linear scan of its tags before any DOM is built:
 * linkedom's parser and Readability both slow down sharply on very deep trees (Readability
 * takes seconds at a depth of a few hundred), so such pages take the iterative path instead.
 */

/** Elements that never have content. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose end tag is often left out; they are not counted as nesting. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rp', 'rt']);
const RAW_TEXT = new Map(['script', 'style', 'textarea', 'title', 'template', 'noscript'].map((t) => [t, new RegExp(`</${t}`, 'gi')]));

/**
 * The greatest nesting depth of the page's elements, or `limit + 1` as soon as it passes
 * `limit`. Unclosed elements count as open, so a sloppy page can read deeper than it is.
 */
export function maxDepth(html: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let i = 0;
  for (;;) {
    i = html.indexOf('<', i);
    if (i === -1) return max;
    if (html.startsWith('<!--', i)) {
      const e = html.indexOf('-->', i + 4);
      if (e === -1) return max;
      i = e + 3;
      continue;
    }
    const gt = html.indexOf('>', i + 1);
    if (gt === -1) return max;
    const closing = html.charCodeAt(i + 1) === 47; /* / */
    let j = closing ? i + 2 : i + 1;
    const nameStart = j;
    while (j < gt && /[A-Za-z0-9:-]/.test(html.charAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    i = gt + 1;
    if (!name || !/^[a-z]/.test(name) || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    if (closing) {
      if (depth > 0) depth--;
      continue;
    }
    if (html.charCodeAt(gt - 1) === 47 /* self-closing */) continue;
    const raw = RAW_TEXT.get(name);
    if (raw) {
      raw.lastIndex = i;
      const m = raw.exec(html);
      if (!m) return max;
      const end = html.indexOf('>', m.index);
      if (end === -1) return max;
      i = end + 1;
      continue;
    }
    depth++;
    if (depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
}

/**
 * Does a `<` at `i` open markup (a tag, an end tag, a comment or declaration, a processing
 * instruction)? Otherwise an HTML parser reads it as text: a letter, `/`, `!` or `?` must follow.
 */
export function opensMarkup(html: string, i: number): boolean {
  const c = html.charCodeAt(i + 1);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 || c === 33 || c === 63;
}

/**
 * How many `<` of the page stand in its text (open no markup), and how many open a start tag,
 * each counted up to one past its limit (the scan stops once either passes it). linkedom
 * makes a text node of its own for each `<` in the text ("a < b", "<<<"), about 6 µs and 0.8 KB
 * apiece at first: a page of a million took 6 s and 785 MB, of 4.9 million 128 s and 2.9 GB.
 * And Readability's cost grows faster than the page's elements: 250,000 paragraphs took 6.7 s
 * and 795 MB, 1.2 million 51 s and 2.9 GB. Counted on the page without scripts and styles
 * (`stripInert`), where code's comparisons would count too.
 */
export function angleCounts(html: string, textLimit: number, tagLimit: number): { text: number; tags: number } {
  let text = 0;
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      if (++tags > tagLimit) break;
    } else if (c !== 47 && c !== 33 && c !== 63 && ++text > textLimit) break;
  }
  return { text, tags };
}
