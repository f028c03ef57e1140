/**
 * Block text straight from the HTML string, for pages too deep or too large for a DOM:
 * htmlparser2 keeps its stack of open elements with `unshift` (quadratic at 100,000 levels)
 * and linkedom and Readability slow down sharply well before that. One pass over the tags with
 * an array stack; entities decoded from a small table (numeric ones all).
 *
 * It yields the same `Block`s as `blocksOf` for well-formed pages: one per block element,
 * headings, list items, blockquotes and captions marked, link text counted, and (with
 * `skipChrome`) `nav`, `aside`, `footer`, chrome roles and hidden elements skipped.
 */
import { BLOCK_ELEMENTS, CAPTION_ELEMENTS, CHROME_ELEMENTS, CHROME_ROLES, HEADING_ELEMENTS, NEVER_TEXT } from '../../lexicon/html.js';
import { normaliseSpace, type Block, type BlockOptions } from './blocks.js';
import { opensMarkup } from './guard.js';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Map(['script', 'style', 'textarea', 'title', 'template', 'noscript', 'xmp', 'plaintext'].map((t) => [t, new RegExp(`</${t}`, 'gi')]));

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', pound: '£', euro: '€', yen: '¥', cent: '¢',
  copy: '©', reg: '®', trade: '™', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚',
  ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', deg: '°', middot: '·',
  bull: '•', times: '×', divide: '÷', minus: '−', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', sect: '§',
  para: '¶', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', aring: 'å', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ccedil: 'ç',
  ntilde: 'ñ', szlig: 'ß', oslash: 'ø', aelig: 'æ', Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú', Ouml: 'Ö',
  Uuml: 'Ü', Auml: 'Ä', Ccedil: 'Ç', Ntilde: 'Ñ',
};

/** Decode character references; unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref.charCodeAt(1) === 120 || ref.charCodeAt(1) === 88 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? m;
  });
}

interface Open {
  name: string;
  skip: boolean;
  kind: 'h' | 'li' | 'q' | 'cap' | 'a' | 'block' | null;
}

export function streamBlocks(html: string, options: BlockOptions = {}): Block[] {
  const out: Block[] = [];
  const stack: Open[] = [];
  const openCount = new Map<string, number>();
  let skip = 0;
  let link = 0;
  let heading = 0;
  let li = 0;
  let quote = 0;
  let caption = 0;
  let current = '';
  let linkChars = 0;
  const flush = (): void => {
    if (current) {
      const text = normaliseSpace(current);
      if (text) out.push({ text, linkChars, rawChars: current.length, heading: heading > 0, listItem: li > 0, quote: quote > 0, caption: caption > 0 });
    }
    current = '';
    linkChars = 0;
  };
  const counters = (kind: Open['kind'], d: number): void => {
    if (kind === 'h') heading += d;
    else if (kind === 'li') li += d;
    else if (kind === 'q') quote += d;
    else if (kind === 'cap') caption += d;
    else if (kind === 'a') link += d;
  };
  const pop = (): void => {
    const o = stack.pop()!;
    openCount.set(o.name, openCount.get(o.name)! - 1);
    if (o.skip) skip--;
    if (o.kind && o.kind !== 'a') flush();
    counters(o.kind, -1);
  };
  // text before the body start is head text: not shown
  const bodyAt = html.search(/<body[\s>]/i);
  let i = bodyAt === -1 ? 0 : bodyAt;
  const len = html.length;
  while (i < len) {
    // (a `<` that opens no markup is text, as a browser reads it: "a < b", "<<<")
    let lt = html.indexOf('<', i);
    while (lt !== -1 && !opensMarkup(html, lt)) lt = html.indexOf('<', lt + 1);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > i && skip === 0) {
      const t = decodeEntities(html.slice(i, textEnd));
      current += t;
      if (link > 0) linkChars += t.length;
    }
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      i = e === -1 ? len : e + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break;
    i = gt + 1;
    const closing = html.charCodeAt(lt + 1) === 47;
    let j = closing ? lt + 2 : lt + 1;
    const nameStart = j;
    while (j < gt && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    if (!name || !/^[a-z]/.test(name)) continue;
    if (closing) {
      if (openCount.get(name)) {
        while (stack.length && stack[stack.length - 1]!.name !== name) pop();
        if (stack.length) pop();
      } else if (BLOCK_ELEMENTS.has(name)) flush();
      continue;
    }
    if (name === 'br' || name === 'hr') {
      if (skip === 0) flush();
      continue;
    }
    if (VOID.has(name) || html.charCodeAt(gt - 1) === 47) continue;
    const raw = RAW_TEXT.get(name);
    if (raw) {
      raw.lastIndex = i;
      const m = raw.exec(html);
      const end = m ? html.indexOf('>', m.index) : -1;
      i = end === -1 ? len : end + 1;
      continue;
    }
    const attrs = html.slice(j, gt);
    const isSkipped = NEVER_TEXT.has(name) || (!!options.skipChrome && isChromeTag(name, attrs));
    const kind: Open['kind'] = HEADING_ELEMENTS.has(name)
      ? 'h'
      : name === 'li' || name === 'dd' || name === 'dt'
        ? 'li'
        : name === 'blockquote'
          ? 'q'
          : CAPTION_ELEMENTS.has(name)
            ? 'cap'
            : name === 'a'
              ? 'a'
              : BLOCK_ELEMENTS.has(name)
                ? 'block'
                : null;
    if (kind && kind !== 'a' && skip === 0) flush();
    stack.push({ name, skip: isSkipped, kind });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (isSkipped) skip++;
    counters(kind, 1);
  }
  while (stack.length) pop();
  flush();
  return out;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

function isChromeTag(name: string, attrs: string): boolean {
  if (CHROME_ELEMENTS.has(name)) return true;
  if (!attrs) return false;
  const role = /\srole\s*=\s*["']?([a-z]+)/i.exec(attrs);
  if (role && CHROME_ROLES.has(role[1]!.toLowerCase())) return true;
  if (/\shidden(?=[\s=/]|$)/i.test(attrs) || /aria-hidden\s*=\s*["']?true/i.test(attrs)) return true;
  return /style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attrs);
}
