/**
 * Figures, dates and durations: find the claims that speak of the same quantity or event
 * (blocked by kind, unit, event and key words, then scored against each group's centroid),
 * and judge whether their values can all be true at once.
 *
 * A duration near an event word ("over 12 days", "six years since the previous election")
 * joins the group of that event's dates and is checked against them: a `length` against the
 * days a range spans, a `gap` against the time from the date to the article's "now".
 */
import type { DateClaim, FigureClaim } from '../schema.js';
import { contextStems, cosine, documentFrequencies, eventKeys, norm, tfidf, topStems, type EventKey, type Vector } from './context.js';
import { dateValue, datesCompatible, elapsed, endOfYear, formatDate, formatDays, isoDayNumber, rangeLength, span, type DateValue } from './dates.js';
import { durationDays, figureInterval, formatFigure, isDuration } from './figures.js';
import { intersects, type Interval } from './interval.js';
import type { Found, Ref, StageContext } from './found.js';
import { articlesOf, byPosition } from './found.js';
import { countSources, listNames, says } from './sources.js';
import { contentStems } from './text.js';

/** Thresholds of context similarity (cosine of tf-idf vectors), tuned on news stories. */
export const MEASURE_THRESHOLDS = {
  /** A figure with a compatible value joins a group at this similarity. */
  figureCompatible: 0.2,
  /** A figure with an incompatible value joins (and makes a conflict) only at this similarity. */
  figureConflict: 0.4,
  /** The same for bare numbers (no unit), which say little by themselves. */
  bareNumber: 0.45,
  /** A date without a shared event joins a compatible group at this similarity. */
  dateCompatible: 0.3,
  /** A date without a shared event makes a conflict only at this similarity. */
  dateConflict: 0.6,
  /** Added to a figure's similarity when its subject starts with the same word as a member's ("investment …"). */
  sameSubject: 0.15,
};
/** Stems per claim used for blocking (candidates must share one with the group). */
const BLOCK_STEMS = 6;
/** Distinct values per group kept for compatibility checks (beyond it the group is already in conflict). */
const MAX_READINGS = 64;
/**
 * Groups an item is compared with per blocking key: the most recently opened ones. On real
 * stories a key leads to at most 145 groups (924 political articles checked as one story; ECB+
 * as one story 32, a generated story of 5,000 articles 49), so this limit changes nothing
 * there. Text that makes thousands of figures of distinct values in one article (a table, or a
 * hostile file) opened a group for each, all under the same few keys, and each new figure was
 * compared with every one: 3,300 figures took 5.7 s, 13,000 took 99 s.
 */
const MAX_GROUPS_PER_KEY = 256;

type Kind = 'date' | 'figure' | 'duration';

export interface Item {
  ref: Ref;
  kind: Kind;
  vec: Vector;
  vnorm: number;
  events: EventKey[];
  /** Blocking key for figures: the unit. */
  unit: string;
  date?: DateValue;
  fig?: Interval;
  dur?: { days: Interval; role: 'gap' | 'length' };
  /** The article's "now" (for gaps), in days. */
  now: Interval;
  /** A string equal for items with the same reading. */
  sig: string;
  /** Stem of the first content word of a figure's subject ("investment committed to …" → "invest"). */
  head: string | null;
  /** The person whose age a figure gives, by name ("Doe, 63,": "Doe"); null for other figures. */
  who: string | null;
  /** A count of some more or of others ("two more rebounds", "three other victims", "another 5"): part of a total. */
  partial: boolean;
}

interface Bucket {
  kind: 'date' | 'figure';
  unit: string;
  items: Item[];
  readings: Item[];
  /** The readings folded for `agreesWithAll`. */
  readingEnds: Ends;
  /** The least lower and the greatest upper end of the readings' figure intervals (how far apart they range). */
  span: Interval;
  centroid: Vector;
  cnorm: number;
  events: Set<string>;
  hasRange: boolean;
  /**
   * The members of each article, one per distinct value (`valueKey`): whether an item clashes
   * with its own article's members depends only on their values, and an article that repeats a
   * value thousands of times would otherwise be read thousands of times for each new item.
   */
  byArticle: Map<number, { values: Map<string, Item>; ends: Ends }>;
  heads: Set<string>;
  /** The persons whose ages the bucket's figures give (`Item.who`). */
  whos: Set<string>;
  /** The blocking keys the bucket is indexed under. */
  keys: Set<string>;
  /** The last item offered the bucket (a number per `place` call: no set of buckets seen). */
  offered: number;
}

/**
 * Values an item is checked against, folded: of those with a figure interval (durations and
 * parts of totals aside), the greatest lower and the least upper end, and the others as they
 * are. A figure interval meets every one of the intervals exactly when it meets both ends
 * (closed intervals on a line), so a figure is checked against all of them in one step. A bucket has up to 64 readings and an
 * item is offered up to 256 buckets a key: text with thousands of distinct figures spent most
 * of `check` comparing them one by one.
 */
export interface Ends {
  lo: number;
  hi: number;
  figures: number;
  others: Item[];
}

export function newEnds(): Ends {
  return { lo: -Infinity, hi: Infinity, figures: 0, others: [] };
}

export function fold(e: Ends, it: Item): void {
  // (a duration is compared with another by its days, not its figure, and a part of a total
  // with whole ones not at all: read one by one)
  if (it.fig && !it.dur && !it.partial) {
    e.lo = Math.max(e.lo, it.fig.lo);
    e.hi = Math.min(e.hi, it.fig.hi);
    e.figures++;
  } else e.others.push(it);
}

/** `[...values].every((x) => compatible(x, it))`, where `e` has every one of `values` folded. */
export function agreesWithAll(it: Item, values: Iterable<Item>, e: Ends): boolean {
  if (!it.fig || it.dur || it.partial) {
    // (a duration among the values is read against a date's span: one by one)
    for (const x of values) if (!compatible(x, it)) return false;
    return true;
  }
  // (both with figures: `compatible` is `intersects`)
  if (e.figures > 0 && !(it.fig.lo <= e.hi && e.lo <= it.fig.hi)) return false;
  return e.others.every((x) => compatible(x, it));
}

/**
 * What `compatible` reads of an item, as a key: its kind and value (`sig`: a date's start and
 * end, a figure's interval, a duration's role and days) and a duration's figure interval. Its
 * `now` is its article's, the same for every item of one article.
 */
function valueKey(it: Item): string {
  return it.fig ? `${it.sig}|${it.fig.lo}|${it.fig.hi}` : it.sig;
}

/** Whether two items' values can both be true. */
export function compatible(a: Item, b: Item): boolean {
  if (a.date && b.date) return datesCompatible(a.date, b.date);
  // ("two more rebounds" is no count of all the rebounds: it cannot clash with one)
  if (a.partial !== b.partial) return true;
  // (two durations in days: "90 days" and "3 months" are figures of two units, and a date
  // group holds durations of any unit)
  if (a.dur && b.dur) return a.dur.role !== b.dur.role || intersects(a.dur.days, b.dur.days);
  if (a.fig && b.fig) return intersects(a.fig, b.fig);
  const [d, x] = a.dur ? [a, b] : [b, a];
  if (!d.dur || !x.date) return true;
  const span = d.dur.role === 'length' ? rangeLength(x.date) : elapsed(x.date, d.now);
  return span === null || intersects(span, d.dur.days);
}

/** What the story's articles treat as "now" when they carry no publication date: the latest explicit day they give, up to the end of its year. */
export function storyNow(refs: readonly Ref[]): Interval | null {
  let latest = -Infinity;
  for (const r of refs) {
    if (r.claim.type !== 'date' || r.claim.basis !== 'explicit') continue;
    const v = dateValue(r.claim);
    if (v && !span(v).yearless) latest = Math.max(latest, span(v).hi);
  }
  return Number.isFinite(latest) ? { lo: latest, hi: endOfYear(latest) } : null;
}

/** Build the comparable items of the figures and dates of all articles. */
export function measureItems(refs: readonly Ref[], published: readonly (string | null)[], ctx: StageContext): Item[] {
  const story = storyNow(refs) ?? { lo: -Infinity, hi: Infinity };
  const stems = refs.map((r) => contextStems(r.claim));
  const { df, n } = documentFrequencies(stems);
  const out: Item[] = [];
  refs.forEach((ref, i) => {
    const c = ref.claim;
    const pub = published[ref.art] ? isoDayNumber(published[ref.art]!) : null;
    const now = pub !== null ? { lo: pub, hi: pub } : story;
    const vec = tfidf(stems[i]!, df, n);
    const head = c.type === 'figure' && c.subject ? (contentStems(c.subject)[0] ?? null) : null;
    const base = { ref, vec, vnorm: norm(vec), now, head, who: c.type === 'figure' ? ageOf(c) : null, partial: c.type === 'figure' && PARTIAL.test(c.text) };
    if (c.type === 'date') {
      const date = dateValue(c);
      if (!date) return;
      out.push({ ...base, kind: 'date', events: eventKeys(c), unit: 'date', date, sig: `d|${c.date}|${c.until}` });
    } else if (c.type === 'figure') {
      const fig = figureInterval(c, ctx.tolerance);
      const events = isDuration(c) ? eventKeys(c) : [];
      if (events.length) {
        const role = events.some((e) => e.key.endsWith(':prior')) ? 'gap' : 'length';
        const days = durationDays(c, ctx.tolerance)!;
        out.push({ ...base, kind: 'duration', events, unit: c.unit ?? '', fig, dur: { days, role }, sig: `u|${role}|${days.lo}|${days.hi}` });
      } else out.push({ ...base, kind: 'figure', events: [], unit: c.unit ?? '', fig, sig: `f|${fig.lo}|${fig.hi}` });
    }
  });
  return out;
}

/** Is `a` ten times or more above or below all of `b` (positive values; a span with no value is near everything)? */
function apart(a: Interval, b: Interval): boolean {
  if (!(b.lo <= b.hi)) return false;
  return (a.hi > 0 && b.lo > 0 && b.lo >= 10 * a.hi) || (b.hi > 0 && a.lo > 0 && a.lo >= 10 * b.hi);
}

/** A figure's text that counts part of a total: "two more …", "three other …", "another 5", "an additional 300". */
const PARTIAL = /^(?:another\b|an? additional\b|\S+ (?:more|other|additional|extra|further)\b)/i;

/** The surname of the person an age in apposition belongs to ("Jane Doe, 63,": "Doe"), else null. */
function ageOf(c: FigureClaim): string | null {
  if (c.rule !== 'figures/age:apposition' || !c.subject) return null;
  const name = c.subject.trim();
  return name.slice(name.lastIndexOf(' ') + 1) || null;
}

function newBucket(kind: 'date' | 'figure', unit: string): Bucket {
  return { kind, unit, items: [], readings: [], readingEnds: newEnds(), span: { lo: Infinity, hi: -Infinity }, centroid: new Map(), cnorm: 0, events: new Set(), hasRange: false, byArticle: new Map(), heads: new Set(), whos: new Set(), keys: new Set(), offered: -1 };
}

function add(b: Bucket, it: Item): void {
  b.items.push(it);
  if (b.readings.length < MAX_READINGS && !b.readings.some((r) => r.sig === it.sig)) {
    b.readings.push(it);
    fold(b.readingEnds, it);
    if (it.fig) {
      b.span.lo = Math.min(b.span.lo, it.fig.lo);
      b.span.hi = Math.max(b.span.hi, it.fig.hi);
    }
  }
  for (const [k, w] of it.vec) b.centroid.set(k, (b.centroid.get(k) ?? 0) + w);
  b.cnorm = norm(b.centroid);
  for (const e of it.events) if (b.kind === 'date' || it.kind !== 'figure') b.events.add(e.key);
  if (it.date?.end) b.hasRange = true;
  if (it.head) b.heads.add(it.head);
  if (it.who) b.whos.add(it.who);
  let same = b.byArticle.get(it.ref.art);
  if (!same) b.byArticle.set(it.ref.art, (same = { values: new Map(), ends: newEnds() }));
  const v = valueKey(it);
  if (!same.values.has(v)) {
    same.values.set(v, it);
    fold(same.ends, it);
  }
}

interface Candidate {
  bucket: Bucket;
  score: number;
}

/**
 * How well an item fits a bucket, or `null` when it may not join: a shared event, or enough
 * context similarity (more when the values clash); never a clash with a claim of its own article.
 */
function fit(it: Item, b: Bucket): number | null {
  let shared = 0;
  for (const e of it.events) if (b.events.has(e.key)) shared = Math.max(shared, e.weight);
  const cos = cosine(it.vec, it.vnorm, b.centroid, b.cnorm);
  // Most buckets an item is offered are too far from it to join whatever the values: say so
  // before reading the values (up to MAX_READINGS of them and the article's own).
  if (!shared && tooFar(it, b, cos)) return null;
  // two values of one article that cannot both hold are two things, unless an event ties them
  // (tested first: it is the cheapest way out)
  const same = b.byArticle.get(it.ref.art);
  if (!shared && same && !agreesWithAll(it, same.values.values(), same.ends)) return null;
  const ok = agreesWithAll(it, b.readings, b.readingEnds);
  if (b.kind === 'date') {
    if (it.kind === 'duration') return shared > 0 ? 1 + shared + cos + (ok ? 1 : 0) : null;
    const shape = it.date?.end && b.hasRange ? 0.2 : 0;
    if (shared > 0) return 1 + shared + cos + (ok ? 1 : 0) + shape;
    if (it.events.length && b.events.size) return null;
    if (ok && (cos >= MEASURE_THRESHOLDS.dateCompatible || sameDay(it, b))) return cos + 1 + shape;
    if (!ok && cos >= MEASURE_THRESHOLDS.dateConflict) return cos;
    return null;
  }
  // (the ages of two people named apart are two figures: "Doe, 63, and Roe, 47," is no clash)
  if (!ok && it.who && b.whos.size > 0 && !b.whos.has(it.who)) return null;
  // (bare numbers ten times apart or more are two quantities, not two accounts of one: "2,880"
  // and "13", "about 2" and "about 600 million")
  if (!ok && it.unit === '' && it.fig && apart(it.fig, b.span)) return null;
  const need = it.unit === '' ? MEASURE_THRESHOLDS.bareNumber : ok ? MEASURE_THRESHOLDS.figureCompatible : MEASURE_THRESHOLDS.figureConflict;
  const sim = cos + (it.head && b.heads.has(it.head) ? MEASURE_THRESHOLDS.sameSubject : 0);
  return sim >= need ? sim + (ok ? 0.3 : 0) : null;
}

/**
 * Whether an item that shares no event with a bucket is too far from it in context (`cos`) to
 * join it, with whatever values: `fit` returns null for it below, whether the values agree or
 * not (the lowest bar is the one for agreeing values, or a date of the same day).
 */
function tooFar(it: Item, b: Bucket, cos: number): boolean {
  if (b.kind === 'date') {
    if (it.kind === 'duration' || (it.events.length && b.events.size)) return true;
    return cos < MEASURE_THRESHOLDS.dateCompatible && !sameDay(it, b);
  }
  const sim = cos + (it.head && b.heads.has(it.head) ? MEASURE_THRESHOLDS.sameSubject : 0);
  return sim < (it.unit === '' ? MEASURE_THRESHOLDS.bareNumber : MEASURE_THRESHOLDS.figureCompatible);
}

/** A date that one of the bucket's readings gives too, to the day or month (not a bare year). */
function sameDay(it: Item, b: Bucket): boolean {
  return b.readings.some((x) => x.sig === it.sig) && (it.ref.claim as DateClaim).precision !== 'year';
}

/**
 * Group the items: dates first (in reading order), then durations that name an event (they
 * join that event's dates), then the other figures by unit. Each item joins the candidate
 * bucket it fits best, or opens one. Candidates come from an index by event key and by the
 * heaviest context stems, so no item is compared with every other.
 */
export function groupMeasures(items: readonly Item[]): Item[][] {
  const buckets: Bucket[] = [];
  const byKey = new Map<string, Bucket[]>();
  const index = (key: string, b: Bucket): void => {
    if (b.keys.has(key)) return;
    b.keys.add(key);
    const l = byKey.get(key);
    if (!l) byKey.set(key, [b]);
    else l.push(b);
  };
  let offers = 0;
  const place = (it: Item, kind: 'date' | 'figure', open: boolean): boolean => {
    const unit = kind === 'date' ? 'date' : it.unit;
    const stamp = ++offers;
    const keys = blockKeys(it, kind, unit);
    let best: Candidate | null = null;
    for (const k of keys) {
      const l = byKey.get(k);
      if (!l) continue;
      for (let j = Math.max(0, l.length - MAX_GROUPS_PER_KEY); j < l.length; j++) {
        const b = l[j]!;
        if (b.offered === stamp || b.unit !== unit) continue;
        b.offered = stamp;
        const score = fit(it, b);
        if (score !== null && (!best || score > best.score)) best = { bucket: b, score };
      }
    }
    let b = best?.bucket;
    if (!b) {
      if (!open) return false;
      b = newBucket(kind, unit);
      buckets.push(b);
    }
    add(b, it);
    for (const k of blockKeys(it, kind, unit)) index(k, b);
    return true;
  };
  const order = [...items].sort((a, b) => byPosition(a.ref, b.ref));
  for (const it of order) if (it.kind === 'date') place(it, 'date', true);
  for (const it of order) if (it.kind === 'duration' && !place(it, 'date', false)) place(it, 'figure', true);
  for (const it of order) if (it.kind === 'figure') place(it, 'figure', true);
  return buckets.map((b) => b.items.sort((x, y) => byPosition(x.ref, y.ref)));
}

/** Where an item looks for groups: its events, its heaviest context stems, and its exact value (a month or a day). */
function blockKeys(it: Item, kind: 'date' | 'figure', unit: string): string[] {
  const keys = [...it.events.map((e) => `${kind}|event|${e.key}`), ...topStems(it.vec, BLOCK_STEMS).map((s) => `${kind}|${unit}|${s}`)];
  if (it.date && it.ref.claim.type === 'date' && it.ref.claim.precision !== 'year') keys.push(`${kind}|value|${it.sig}`);
  return keys;
}

/** A reader's form of an item's value: `£2.4 million`, `9 March–2 April 2009`, `more than 12 days`. */
export function reading(it: Item): string {
  const c = it.ref.claim;
  if (c.type === 'date') return formatDate(c);
  if (c.type !== 'figure') return c.text;
  const unit = c.unit;
  if (unit && !/^[A-Z]{3}$/.test(unit) && unit !== 'percent' && !it.dur && !isTimeUnit(unit)) return c.text;
  return formatFigure(c);
}

function isTimeUnit(u: string): boolean {
  return /^(minute|hour|day|week|fortnight|month|year|decade)$/.test(u);
}

/**
 * What a group speaks of, in a few words: the event ("the previous inspection"), or for money,
 * percentages and durations the subject's first content word ("the investment"); `null` when
 * the reading says it already ("120 workers").
 */
function topic(items: readonly Item[]): string | null {
  const counts = new Map<string, number>();
  for (const it of items) for (const e of it.events) counts.set(e.key, (counts.get(e.key) ?? 0) + e.weight);
  const ev = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (ev) {
    const [cls, tense] = ev.split(':');
    return tense === 'prior' ? `the previous ${cls}` : `the ${cls}`;
  }
  const heads = new Map<string, number>();
  for (const it of items) {
    const c = it.ref.claim;
    if (c.type !== 'figure' || !c.subject || !(c.unit && (/^[A-Z]{3}$/.test(c.unit) || c.unit === 'percent' || isTimeUnit(c.unit)))) continue;
    const w = c.subject.split(/\s+/).find((x) => contentStems(x).length > 0);
    if (w) heads.set(w.toLowerCase(), (heads.get(w.toLowerCase()) ?? 0) + 1);
  }
  const head = [...heads.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (head) return `the ${head.replace(/[^\p{L}\p{N}'-]+/gu, '')}`;
  return countedNoun(items);
}

/**
 * For a group of counts of one noun, "the number of" that noun as the texts write it in the
 * plural ("seven assault rifles", "three rifles": "the number of rifles"); null otherwise.
 */
function countedNoun(items: readonly Item[]): string | null {
  let unit: string | null = null;
  let plural: string | null = null;
  for (const it of items) {
    const c = it.ref.claim;
    if (c.type !== 'figure' || !c.unit || !/^figures\/(?:range-|vague-)?count\b/.test(c.rule)) return null;
    if (unit !== null && c.unit !== unit) return null;
    unit = c.unit;
    const last = c.text.slice(c.text.lastIndexOf(' ') + 1).toLowerCase();
    if (plural === null && /^\p{L}+$/u.test(last) && last !== unit) plural = last;
  }
  return plural ? `the number of ${plural}` : null;
}

/** A reading of an item with what it implies next to the group's dates: `over 12 days`, `2009 (4.4–6 years before)`. */
function readingFor(it: Item, against: Item): string {
  const r = reading(it);
  if (it.date && against.dur) {
    const s = against.dur.role === 'length' ? rangeLength(it.date) : elapsed(it.date, against.now);
    if (s) return `${r} (${formatDays(s)}${against.dur.role === 'gap' ? ' before' : ''})`;
  }
  return r;
}

/** Judge one group of items: single, conflict or agree, with its explanation and label. */
export function judgeMeasures(items: readonly Item[], ctx: StageContext): Found {
  const members = items.map((i) => i.ref);
  const arts = articlesOf(members);
  const type = items.some((i) => i.kind === 'date') ? 'date' : 'figure';
  const about = topic(items);
  const readings = new Map<string, { item: Item; arts: number[] }>();
  for (const it of items) {
    const key = `${it.kind}|${reading(it)}`;
    const r = readings.get(key);
    if (r) r.arts.push(it.ref.art);
    else readings.set(key, { item: it, arts: [it.ref.art] });
  }
  const rs = [...readings.values()];
  const names = (a: number[]): string => listNames([...new Set(a)].sort((x, y) => x - y).map(ctx.name));
  const first = reading(items[0]!);
  const what = about ?? (type === 'date' ? 'the date' : 'the figure');
  const label = rs.length === 1 ? (about ? `${first} (${about.replace(/^the /, '')})` : first) : what;
  if (arts.length === 1) {
    return { type, verdict: 'single', label, members, explanation: `Only ${ctx.name(arts[0]!)} gives ${listNames(rs.map((r) => reading(r.item)))}${about ? ` for ${about}` : ''}.` };
  }
  for (let i = 0; i < rs.length; i++) {
    for (let j = i + 1; j < rs.length; j++) {
      const a = rs[i]!;
      const b = rs[j]!;
      if (compatible(a.item, b.item)) continue;
      const aw = readingFor(a.item, b.item);
      const bw = readingFor(b.item, a.item);
      return {
        type,
        verdict: 'conflict',
        label,
        members,
        explanation: `${names(a.arts)} ${says(new Set(a.arts).size)} ${what} was ${aw} but ${names(b.arts)} ${says(new Set(b.arts).size)} ${bw}: both cannot be right.`,
      };
    }
  }
  if (rs.length === 1) return { type, verdict: 'agree', label, members, explanation: about ? `${countSources(arts.length)} give ${about} as ${first}.` : `${countSources(arts.length)} give ${first} (${names(arts)}).` };
  const dur = rs.find((r) => r.item.dur)?.item;
  const parts = rs.map((r) => `${dur && r.item.date ? readingFor(r.item, dur) : reading(r.item)} (${names(r.arts)})`);
  return { type, verdict: 'agree', label, members, explanation: `${countSources(arts.length)} give compatible accounts of ${what}: ${listNames(parts, 8)}.` };
}

/** Narrow helper for tests: the figure claims of items. */
export function figureClaims(items: readonly Item[]): FigureClaim[] {
  return items.map((i) => i.ref.claim).filter((c): c is FigureClaim => c.type === 'figure');
}
