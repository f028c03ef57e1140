/**
 * Source lines of body paragraphs: for each paragraph, the 1-based line of the HTML source
 * where its text starts, so that `path:line` points into the saved page.
 *
 * The page's visible text is scanned once (tags, comments, scripts and styles skipped) into a
 * key of ASCII letters and digits, each key character remembering its source offset. Every
 * paragraph's first letters and digits are then searched for with a forward cursor, so the
 * whole costs about the length of the page. Entities and non-ASCII letters drop out of both
 * sides alike (`caf&eacute;` and `café` both give `caf`).
 */

/** Letters and digits of a paragraph's start that are looked for; shorter keys are tried on a miss. */
const KEY_CHARS = 48;
const SHORT_KEY_CHARS = 16;

interface Stream {
  key: string;
  /** Source offset of each key character. */
  at: Int32Array;
}

/** The 1-based source line of each paragraph (the previous paragraph's line, or 1, when not found). */
export function paragraphLines(html: string, paragraphs: readonly string[]): number[] {
  const stream = visibleKey(html);
  const newlines: number[] = [];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) newlines.push(i);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const out: number[] = [];
  let cursor = 0;
  let line = 1;
  for (const p of paragraphs) {
    const key = keyOf(p, KEY_CHARS);
    let found = -1;
    if (key) {
      found = stream.key.indexOf(key, cursor);
      const short = key.slice(0, SHORT_KEY_CHARS);
      if (found === -1 && short !== key) found = stream.key.indexOf(short, cursor);
      if (found === -1) found = stream.key.indexOf(key);
    }
    if (found !== -1) {
      line = lineOf(stream.at[found]!);
      cursor = found + key.length;
    }
    out.push(line);
  }
  return out;
}

function keyOf(text: string, max: number): string {
  let k = '';
  for (let i = 0; i < text.length && k.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && isAlnum(c)) k += String.fromCharCode(c | (c >= 65 && c <= 90 ? 32 : 0));
  }
  return k;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The lower-case ASCII letters and digits of the page's text content, with their offsets. */
function visibleKey(html: string): Stream {
  const chars: number[] = [];
  const at = new Int32Array(html.length + 1);
  let n = 0;
  let i = 0;
  const len = html.length;
  while (i < len) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      i = skipTag(html, i);
      continue;
    }
    if (c === 38 /* & */) {
      // an entity gives no key character (see the module comment)
      // (the closing `;` is looked for only as far as an entity can reach: searched to the end
      // of the page, a page of `&` without `;` cost its length for each `&`)
      const semi = semicolonWithin(html, i, ENTITY_REACH);
      if (semi !== -1 && /^&#?[a-z0-9]+;$/i.test(html.slice(i, semi + 1))) {
        i = semi + 1;
        continue;
      }
    }
    if (c < 128 && isAlnum(c)) {
      chars.push(c | (c >= 65 && c <= 90 ? 32 : 0));
      at[n++] = i;
    }
    i++;
  }
  let key = '';
  const CHUNK = 8192;
  for (let k = 0; k < chars.length; k += CHUNK) key += String.fromCharCode(...chars.slice(k, k + CHUNK));
  return { key, at: at.subarray(0, n) };
}

/** How far after its `&` an entity's `;` may stand. */
const ENTITY_REACH = 32;

/** The offset of the first `;` in `html(i, i + reach]`, or -1. */
function semicolonWithin(html: string, i: number, reach: number): number {
  const end = Math.min(html.length, i + reach + 1);
  for (let k = i + 1; k < end; k++) if (html.charCodeAt(k) === 59 /* ; */) return k;
  return -1;
}

const RAW_TEXT = ['script', 'style', 'template', 'noscript', 'textarea', 'title'];
const CLOSERS = new Map(RAW_TEXT.map((t) => [t, new RegExp(`</${t}`, 'gi')]));

/** The offset after a tag, a comment, or a `<script>`/`<style>` element with its content. */
function skipTag(html: string, i: number): number {
  if (html.startsWith('<!--', i)) {
    const e = html.indexOf('-->', i + 4);
    return e === -1 ? html.length : e + 3;
  }
  const gt = html.indexOf('>', i + 1);
  if (gt === -1) return html.length;
  const head = html.slice(i + 1, Math.min(gt, i + 10)).toLowerCase();
  for (const raw of RAW_TEXT) {
    if (head.startsWith(raw) && !/[a-z0-9-]/.test(head.charAt(raw.length))) {
      const re = CLOSERS.get(raw)!;
      re.lastIndex = gt;
      const close = re.exec(html);
      if (!close) return html.length;
      const end = html.indexOf('>', close.index);
      return end === -1 ? html.length : end + 1;
    }
  }
  return gt + 1;
}
