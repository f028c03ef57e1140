/**
 * Before the page is parsed: cut out what never becomes text or metadata — scripts (except
 * JSON-LD), styles, `<noscript>`, `<template>`, inline `<svg>`/`<math>` drawings and comments.
 * The chrome removal drops all of these anyway, but parsing them first costs: on modern pages
 * they are often most of the bytes, and an inline icon set can be thousands of elements, each
 * one a DOM node to build and collect. Long `data:` URIs in attributes are emptied too (a page
 * saved as one file carries its images inline, megabytes of base64 in `src`). One linear scan
 * over the tags; the source lines of paragraphs are found in the original page, so nothing
 * shifts.
 */

/** A `data:` attribute value longer than this (UTF-16 units) is emptied: no text or metadata lives in one. */
const MAX_DATA_URI = 2000;

/** Elements whose content is raw text up to their end tag. */
const RAW = new Map(['script', 'style', 'noscript', 'template'].map((t) => [t, new RegExp(`</${t}[\\s>/]`, 'gi')]));
/** Elements whose raw text is kept but not looked into (a `<title>` may mention `<script>`). */
const KEEP_RAW = new Map(['title', 'textarea', 'xmp'].map((t) => [t, new RegExp(`</${t}[\\s>/]`, 'gi')]));
/** Elements that nest and are cut whole with everything inside. */
const NESTED = new Set(['svg', 'math']);

/** The page without inert elements and comments; the page itself when there is nothing to cut. */
export function stripInert(html: string): string {
  const out: string[] = [];
  let kept = 0;
  let i = 0;
  for (;;) {
    i = html.indexOf('<', i);
    if (i === -1) break;
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */ && html.startsWith('<!--', i)) {
      const e = html.indexOf('-->', i + 4);
      const end = e === -1 ? html.length : e + 3;
      out.push(html.slice(kept, i));
      kept = i = end;
      continue;
    }
    if (!isLetter(next)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(i + 1, j).toLowerCase();
    const gt = html.indexOf('>', j);
    if (gt === -1) break;
    const raw = RAW.get(name);
    if (raw) {
      if (name === 'script' && /application\/ld\+json/i.test(html.slice(j, gt))) {
        i = gt + 1;
        continue;
      }
      raw.lastIndex = gt + 1;
      const m = raw.exec(html);
      const close = m ? html.indexOf('>', m.index) : -1;
      const end = close === -1 ? html.length : close + 1;
      out.push(html.slice(kept, i));
      kept = i = end;
      continue;
    }
    if (gt - j > MAX_DATA_URI) {
      // (a tag this long may hold an inline image or font: its value goes, the quotes stay)
      for (let v = dataUriAt(html, j, gt); v !== null; v = dataUriAt(html, v.end, gt)) {
        out.push(html.slice(kept, v.start));
        kept = v.end;
      }
    }
    const keep = KEEP_RAW.get(name);
    if (keep) {
      keep.lastIndex = gt + 1;
      const m = keep.exec(html);
      if (!m) break;
      i = m.index + 2;
      continue;
    }
    if (NESTED.has(name) && html.charCodeAt(gt - 1) !== 47 /* self-closing */) {
      const end = nestedEnd(html, name, gt + 1);
      out.push(html.slice(kept, i));
      kept = i = end;
      continue;
    }
    i = gt + 1;
  }
  if (kept === 0) return html;
  out.push(html.slice(kept));
  return out.join('');
}

/** The offset just past the end tag that closes an element of `name` opened before `from`. */
function nestedEnd(html: string, name: string, from: number): number {
  const tag = new RegExp(`<(/?)${name}(?=[\\s>/])`, 'gi');
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const gt = html.indexOf('>', m.index);
    if (gt === -1) return html.length;
    if (m[1]) depth--;
    else if (html.charCodeAt(gt - 1) !== 47) depth++;
    if (depth === 0) return gt + 1;
    tag.lastIndex = gt + 1;
  }
  return html.length;
}

/**
 * The next quoted attribute value in `html[from, gt)` that is a `data:` URI longer than
 * `MAX_DATA_URI`, as the span of its text inside the quotes; `null` when there is none.
 */
function dataUriAt(html: string, from: number, gt: number): { start: number; end: number } | null {
  for (let i = html.indexOf('data:', from); i !== -1 && i < gt; i = html.indexOf('data:', i + 5)) {
    const q = html.charCodeAt(i - 1);
    if (q !== 34 && q !== 39) continue; // (a value opens with the URI: `src="data:…"`)
    const close = html.indexOf(q === 34 ? '"' : "'", i);
    if (close === -1 || close > gt) return null;
    if (close - i > MAX_DATA_URI) return { start: i, end: close };
    i = close;
  }
  return null;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}
