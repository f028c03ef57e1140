/**
 * Quotes: align the quoted statements of all articles sentence by sentence, whatever the
 * paragraphing and however much of a statement each source quotes, and judge each statement.
 *
 * find: every quote is cut into sentences; identical sentences (after `normalise`) share one
 * class through a hash. compare: classes that share word 3-grams are compared word by word —
 * one inside the other is a partial quotation (agreement), changed words inside are a variant.
 * judge: variant, attribution (different people given the same words), agree or single.
 *
 * Short fragments (scare quotes of one to three words: "inadequate", "work well") say too
 * little to align: they are grouped only with the identical fragment, and never make an
 * attribution.
 */
import type { DiffPart, Entity, QuoteClaim } from '../schema.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { Found, Ref, StageContext } from './found.js';
import { articlesOf, byPosition } from './found.js';
import { countSources, firstWords, listNames } from './sources.js';
import { normalise, wordKeys } from './text.js';
import { diffSequences, wordDiff, type EditOp } from './worddiff.js';

/** Words of the shingles used to find sentences worth comparing. */
const SHINGLE = 3;
/** Share of the shorter sentence's shingles that must be shared before comparing word by word. */
const SHINGLE_SHARE = 0.5;
/** A shingle in more sentence classes than this says nothing about which are related. */
const SHINGLE_FANOUT = 200;
/** Sentences shorter than this (in words) do not link statements. */
const MIN_SENTENCE_WORDS = 4;
/** Share of the shorter sentence's words that must align for two sentences to be one quotation. */
export const MIN_ALIGNED = 0.8;
/** Words changed inside an alignment, as a share of the words kept, beyond which it is not one quotation. */
export const MAX_CHANGED = 0.34;
/** Fragments of at most this many words are scare quotes. */
export const SHORT_FRAGMENT_WORDS = 3;

/** Cut a quotation into sentences at `.`, `!` or `?` followed by a space and a capital or digit. */
export function quoteSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…][”"’']?)\s+(?=[“"‘']?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A distinct normalised sentence and where it is quoted. */
interface SentenceClass {
  keys: string[];
  text: string;
  /** Indices into the quote list. */
  quotes: number[];
}

/** How two sentence classes relate: one inside the other, or the same sentence with other words. */
export type Relation = 'part' | 'variant' | null;

/**
 * Relate two word sequences: `part` when they agree except for words only one side quotes at
 * its start or end; `variant` when words inside differ; `null` when they share too little.
 */
export function relate(a: readonly string[], b: readonly string[]): { relation: Relation; ops: EditOp[] } {
  const ops = diffSequences(a, b);
  let lo = 0;
  let hi = ops.length;
  // partial quotation: words only one side has, at either edge
  const pure = (from: number, to: number, step: number): number => {
    let k = from;
    const kind = ops[k];
    if (kind === 'e') return from;
    while (k !== to && ops[k] === kind) k += step;
    return k;
  };
  lo = pure(0, ops.length, 1);
  hi = pure(ops.length - 1, -1, -1) + 1;
  let equal = 0;
  let changed = 0;
  for (let k = lo; k < hi; k++) {
    if (ops[k] === 'e') equal++;
    else changed++;
  }
  const shorter = Math.min(a.length, b.length);
  if (equal < Math.max(2, Math.ceil(shorter * MIN_ALIGNED))) return { relation: null, ops };
  // a few words changed inside one quotation, not two sentences sharing a phrase far apart
  if (changed > Math.max(2, MAX_CHANGED * equal)) return { relation: null, ops };
  return { relation: changed ? 'variant' : 'part', ops };
}

interface QuoteItem {
  ref: Ref;
  claim: QuoteClaim;
  classes: number[];
  short: boolean;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** A pair of sentence classes quoted with different words. */
interface VariantPair {
  a: number;
  b: number;
}

/** Group and judge all quotes. `entities[art]` is the article's entity table (to tell people from bodies). */
export function compareQuotes(refs: readonly Ref[], entities: readonly Entity[][], ctx: StageContext): Found[] {
  const items: QuoteItem[] = [];
  for (const ref of refs) {
    if (ref.claim.type !== 'quote') continue;
    const words = wordKeys(ref.claim.text).length;
    items.push({ ref, claim: ref.claim, classes: [], short: ref.claim.fragment && words <= SHORT_FRAGMENT_WORDS });
  }
  items.sort((x, y) => byPosition(x.ref, y.ref));
  const uf = new UnionFind(items.length);

  // find: identical sentences through a hash of their normalised words
  const classes: SentenceClass[] = [];
  const classOf = new Map<string, number>();
  const shortOf = new Map<string, number>();
  items.forEach((it, qi) => {
    if (it.short) {
      const key = normalise(it.claim.text);
      const first = shortOf.get(key);
      if (first === undefined) shortOf.set(key, qi);
      else uf.union(first, qi);
      return;
    }
    for (const s of quoteSentences(it.claim.text)) {
      const keys = wordKeys(s);
      if (!keys.length) continue;
      const key = keys.join(' ');
      let ci = classOf.get(key);
      if (ci === undefined) {
        ci = classes.length;
        classOf.set(key, ci);
        classes.push({ keys, text: s, quotes: [] });
      }
      const cls = classes[ci]!;
      // (quotes come in order: if this one is in the class already, it is the last; searching the
      // whole list made thousands of quotations of one sentence cost its square)
      if (cls.quotes[cls.quotes.length - 1] !== qi) cls.quotes.push(qi);
      it.classes.push(ci);
      if (keys.length >= MIN_SENTENCE_WORDS && cls.quotes.length > 1) uf.union(cls.quotes[0]!, qi);
    }
  });

  // compare: classes sharing shingles, word by word
  const variants: VariantPair[] = [];
  const postings = new Map<string, number[]>();
  classes.forEach((c, ci) => {
    if (c.keys.length < MIN_SENTENCE_WORDS) return;
    for (const sh of shingles(c.keys)) {
      const l = postings.get(sh);
      if (!l) postings.set(sh, [ci]);
      else if (l.length <= SHINGLE_FANOUT && l[l.length - 1] !== ci) l.push(ci);
    }
  });
  classes.forEach((c, ci) => {
    if (c.keys.length < MIN_SENTENCE_WORDS) return;
    const shared = new Map<number, number>();
    const own = shingles(c.keys);
    for (const sh of own) {
      const l = postings.get(sh)!;
      if (l.length > SHINGLE_FANOUT) continue;
      for (const other of l) if (other > ci) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    for (const [other, n] of shared) {
      const o = classes[other]!;
      const smaller = Math.min(own.size, shingles(o.keys).size);
      if (n < SHINGLE_SHARE * smaller) continue;
      const { relation } = relate(c.keys, o.keys);
      if (!relation) continue;
      uf.union(c.quotes[0]!, o.quotes[0]!);
      if (relation === 'variant') variants.push({ a: ci, b: other });
    }
  });

  // judge
  const groups = new Map<number, number[]>();
  items.forEach((_, qi) => {
    const r = uf.find(qi);
    const l = groups.get(r);
    if (l) l.push(qi);
    else groups.set(r, [qi]);
  });
  const variantsByRoot = new Map<number, VariantPair[]>();
  for (const v of variants) {
    const r = uf.find(classes[v.a]!.quotes[0]!);
    const l = variantsByRoot.get(r);
    if (l) l.push(v);
    else variantsByRoot.set(r, [v]);
  }
  const out: Found[] = [];
  for (const [root, qis] of groups) {
    const group = qis.map((q) => items[q]!);
    out.push(judgeQuotes(group, variantsByRoot.get(root) ?? [], classes, items, entities, ctx));
  }
  return out;
}

function shingles(keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (keys.length < SHINGLE) out.add(keys.join(' '));
  for (let i = 0; i + SHINGLE <= keys.length; i++) out.add(keys.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Whether a speaker is a person (not a body such as "the report" or "inspectors"). */
export function isPerson(speaker: string | null, entities: readonly Entity[]): boolean {
  if (!speaker) return false;
  const e = entities.find((x) => x.name === speaker);
  if (e) return e.kind === 'person';
  return /^\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+)+$/u.test(speaker);
}

/**
 * Whether two names are one person: equal, or the same surname (or one misspelt: Jaro-Winkler
 * ≥ 0.94, five letters or more) with compatible given names ("Jane Doe" ~ "Doe", "J. Doe",
 * "W. Jane Doe", "Jane Roe Doe" ~ "Roe Doe"), or a misspelling of the whole (≥ 0.96).
 */
export function samePerson(a: string, b: string): boolean {
  const na = a.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim().split(/\s+/);
  const nb = b.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim().split(/\s+/);
  if (na.join(' ') === nb.join(' ')) return true;
  const sa = na[na.length - 1]!;
  const sb = nb[nb.length - 1]!;
  if (sa === sb || (sa.length >= 5 && sb.length >= 5 && jaroWinkler(sa, sb) >= 0.94)) return givenNamesAgree(na.slice(0, -1), nb.slice(0, -1));
  return jaroWinkler(na.join(' '), nb.join(' ')) >= 0.96;
}

/**
 * Given names (lower case, in order) of one person: either side none, one side's words all in
 * the other's ("boone" in "cheryl boone"), the first full names equal or one a prefix of the
 * other ("chris" ~ "christopher"), or, where a side has initials only, the first letters.
 */
function givenNamesAgree(ga: readonly string[], gb: readonly string[]): boolean {
  if (ga.length === 0 || gb.length === 0) return true;
  if (ga.every((w) => gb.includes(w)) || gb.every((w) => ga.includes(w))) return true;
  const fa = ga.find((w) => w.length > 1);
  const fb = gb.find((w) => w.length > 1);
  if (fa !== undefined && fb !== undefined) return fa.startsWith(fb) || fb.startsWith(fa);
  return ga[0]![0] === gb[0]![0];
}

/** The people a group's words are given to, each with the articles that say so. */
function peopleOf(group: readonly QuoteItem[], entities: readonly Entity[][]): { name: string; arts: number[] }[] {
  const people: { name: string; arts: number[] }[] = [];
  for (const it of group) {
    if (it.short || !isPerson(it.claim.speaker, entities[it.ref.art] ?? [])) continue;
    const name = it.claim.speaker!;
    const p = people.find((x) => samePerson(x.name, name));
    if (p) p.arts.push(it.ref.art);
    else people.push({ name, arts: [it.ref.art] });
  }
  return people;
}

/** A short, readable account of a word diff's changes: `'risk' vs 'the risks'`. */
export function describeChanges(parts: readonly DiffPart[], max = 2): string {
  const out: string[] = [];
  for (let k = 0; k < parts.length && out.length < max; k++) {
    const p = parts[k]!;
    if (p.op === 'equal') continue;
    let del = '';
    let ins = '';
    let j = k;
    while (j < parts.length && parts[j]!.op !== 'equal') {
      if (parts[j]!.op === 'delete') del = parts[j]!.text;
      else ins = parts[j]!.text;
      j++;
    }
    const before = k > 0 ? lastWord(parts[k - 1]!.text) : '';
    const after = j < parts.length ? firstWord(parts[j]!.text) : '';
    const show = (s: string): string => `'${[before, s, after].filter(Boolean).join(' ')}'`;
    out.push(`${show(del)} vs ${show(ins)}`);
    k = j - 1;
  }
  return out.join(', ');
}

/** A context word without the punctuation around it ("priority." → "priority"). */
function bare(w: string): string {
  // anchored scans from each end: the unanchored `[^\p{L}\p{N}]+$` restarts at every mark of a
  // long run of punctuation, quadratic in the word's length
  // (by code point, so a letter outside the BMP is not cut in half)
  const wordy = /^[\p{L}\p{N}]/u;
  let start = 0;
  let end = w.length;
  while (start < end && !wordy.test(w.slice(start, start + 2))) start += w.codePointAt(start)! > 0xffff ? 2 : 1;
  while (end > start) {
    const size = end - start >= 2 && /[\udc00-\udfff]/.test(w[end - 1]!) && /[\ud800-\udbff]/.test(w[end - 2]!) ? 2 : 1;
    if (wordy.test(w.slice(end - size, end))) break;
    end -= size;
  }
  return w.slice(start, end);
}
function lastWord(s: string): string {
  return bare(s.split(' ').pop() ?? '');
}
function firstWord(s: string): string {
  return bare(s.split(' ')[0] ?? '');
}

function judgeQuotes(
  group: readonly QuoteItem[],
  variants: readonly VariantPair[],
  classes: readonly SentenceClass[],
  items: readonly QuoteItem[],
  entities: readonly Entity[][],
  ctx: StageContext,
): Found {
  const members = group.map((g) => g.ref);
  const arts = articlesOf(members);
  const speakers = group.map((g) => g.claim.speaker).filter((s): s is string => !!s);
  const voice = mostCommon(speakers) ?? 'the speaker';
  const start = group.find((g) => !g.short) ?? group[0]!;
  const label = `${start.claim.speaker ?? 'unattributed'}: “${firstWords(start.claim.text, 8)}”`;
  const names = (a: readonly number[]): string => listNames([...new Set(a)].sort((x, y) => x - y).map(ctx.name));
  if (arts.length === 1) {
    return { type: 'quote', verdict: 'single', label, members, explanation: `Only ${ctx.name(arts[0]!)} quotes these words${start.claim.speaker ? ` of ${start.claim.speaker}` : ''}.` };
  }
  // a variant between two different articles
  for (const v of variants) {
    const aa = articlesOf(classes[v.a]!.quotes.map((q) => items[q]!.ref));
    const ba = articlesOf(classes[v.b]!.quotes.map((q) => items[q]!.ref));
    if (aa.length === 1 && ba.length === 1 && aa[0] === ba[0]) continue;
    const [first, second, fa, sa] = aa[0]! <= ba[0]! ? [classes[v.a]!, classes[v.b]!, aa, ba] : [classes[v.b]!, classes[v.a]!, ba, aa];
    const diff = wordDiff(first.text, second.text);
    const people = peopleOf(group, entities);
    const also = people.length > 1 ? ` (and the words are given to ${listNames(people.map((p) => p.name))})` : '';
    return {
      type: 'quote',
      verdict: 'variant',
      label,
      members,
      diff,
      explanation: `${names(fa)} ${fa.length === 1 ? 'quotes' : 'quote'} ${voice} with different words from ${names(sa)}: ${describeChanges(diff)}${also}.`,
    };
  }
  const people = peopleOf(group, entities);
  if (people.length > 1) {
    const parts = people.map((p) => `to ${p.name} by ${names(p.arts)}`);
    return { type: 'quote', verdict: 'attribution', label, members, explanation: `The same words are given ${listNames(parts)}.` };
  }
  const partial = group.some((g) => !g.short) && new Set(group.map((g) => normalise(g.claim.text))).size > 1;
  return {
    type: 'quote',
    verdict: 'agree',
    label,
    members,
    explanation: `${countSources(arts.length)} quote ${voice} with the same words${partial ? ', some in part or split differently' : ''} (${names(arts)}).`,
  };
}

function mostCommon(xs: readonly string[]): string | undefined {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
