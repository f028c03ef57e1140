/**
 * Figures: counts, money, percentages, durations, ages, measures and ranges, with qualifier
 * and counted subject. Three steps: `find.ts` (spans and raw parts) → `parse.ts` (values) →
 * here (drafts: normalised value/min/max, unit, qualifier, subject).
 *
 * Conventions (the claim `text` is always `body.slice(start, end)`):
 * - `text` covers the qualifier ("more than"), range opener ("between", "from", "aged"), the
 *   currency sign, the number with its scale, the range's upper end, and the unit word: a
 *   percent word, currency word, time unit, measure, or — for a count — the counted noun
 *   phrase up to its head ("eight serious incident notifications", "63 elected members").
 * - `unit`: ISO 4217 code for money; `percent`, `percentage point`, `basis point`; a time
 *   unit (`year`, `month`, `week`, `day`, `hour`, `minute`, `second`; decades and centuries
 *   are counted in years, fortnights in days); a measure id; or the counted noun in the
 *   singular (`child`), lower-case except upper-case acronyms, which keep their case (`60 Tory
 *   MPs` → `MP`). Ages are durations in years (`aged 14`, `16-year-olds`, `at the age of 88`), and
 *   so is a bare whole number 0–125 read from context (rule `figures/age:<how>`): an apposition
 *   closed by punctuation after a name or person noun ("Ann Lee, 34,", "the gunman, 59,",
 *   "Jo Bloggs, now 28.", "Sean Byrne (42)"), "died/dead at 81", "She was 68." — its subject is the
 *   name or noun phrase before it.
 * - Capitalised words may modify a lower-case counted noun ("14 Albanian migrants" → `migrant`,
 *   "three Republican governors"); capitals with no lower-case head after them are a name ("3 Doors
 *   Down"), except acronym plurals and -ans plurals ("88 RBIs", "300 Canadians").
 * - Partitives count the noun after "of the/its/their/…" ("14 of the nurses" → `nurse`,
 *   rule `figures/count:partitive`); the text covers the phrase, the subject starts at "the".
 * - Scale words are multiplied out (`£4.2million` → 4200000); pence and cents are hundredths
 *   of the currency (`50p` → 0.5 GBP).
 * - Ranges ("16-to 17-year-olds", "between 5 and 10", "£3m-£4m") have `value` null and
 *   `min`/`max`. Vague plurals ("hundreds of", "tens of thousands of") are open ranges: `min`
 *   is two of the base (200, 20000), `max` and `value` null, no qualifier.
 * - `subject` is the counted noun phrase and the rest of its clause (at most eight words),
 *   or for other figures the noun phrase right after them ("£4.2 million investment …", "14%
 *   of children"); null when none follows.
 * - Not figures: years, days of dates, clock times, ordinals, decades ("1990s"), list
 *   markers, phone numbers, ids glued to letters ("D1", "CO4"), long digit runs without
 *   separators, version numbers, "number one"-style ranks, "one" as a pronoun, scores
 *   (`3-1`: a hyphenated pair of bare integers whose second is not larger, with no unit),
 *   emergency numbers next to "call/dial/ring" or "call/dispatcher" ("called 911", "a 999
 *   call"), house numbers (digits then capitalised words ending in a street word, "12
 *   Elm Grove Road"; "the 700 block of"), a scale word standing alone, and numbers in names:
 *   digits right after a capitalised word that does not open the sentence and with no unit but
 *   at most a counted noun ("Terminal 5", "Gate 9", "Pixel 7 owners", "Model
 *   4, 5 and 6" — the list goes with it); possessives ("the club's 240 members"), day and
 *   month names are not such words. Title-case headlines lose counts to this rule ("Storm Kills
 *   9"): a known cost.
 */
import type { FigureDraft, Segmented } from '../../schema.js';
import { stoppedIfFull, type ExtractContext } from '../context.js';
import { CLAUSE_BREAKERS, PHRASE_BREAKERS } from '../../lexicon/nouns.js';
import { AGE_BEFORE } from '../../lexicon/units.js';
import { findFigures, type FoundFigure, type RawNumber, type RawUnit } from './find.js';
import { parseDigits, parseNumberWords, scaleSuffix } from './parse.js';
import { singular } from './singular.js';
import { BodyWordSet, forgetWords, isDigitCode, skipSpaces, wordAfter, wordEnd, writtenLower } from './words.js';
import { isSpace } from '../../text/paragraphs.js';
import { tokensOf } from '../../text/tokens.js';

export { findFigures } from './find.js';
export { parseNumeral, parseNumberWords, parseDigits } from './parse.js';
export { singular } from './singular.js';

/** Figures: counts, money, percentages, durations, ranges, with qualifier and subject. */
export function extractFigures(doc: Segmented, ctx: ExtractContext): FigureDraft[] {
  const body = doc.article.body;
  const out: FigureDraft[] = [];
  let ex = 0;
  const excluded = doc.excluded;
  const found = findFigures(body, tokensOf(doc), ctx.limit);
  stoppedIfFull(ctx, found);
  for (const f of found) {
    while (ex < excluded.length && excluded[ex]!.end <= f.start) ex++;
    if (ex < excluded.length && excluded[ex]!.start < f.end) continue;
    const d = draftOf(body, f);
    if (d) out.push(d);
  }
  forgetWords();
  return out;
}

/** Build the draft of one found figure; null if its numbers do not parse. */
export function draftOf(body: string, f: FoundFigure): FigureDraft | null {
  const unit = f.unit;
  const money = moneyOf(f);
  let factor = 1;
  let exponent = money?.exponent ?? 0;
  let unitId: string | null = null;
  let kind = 'number';
  let entry = '';
  if (money) {
    unitId = money.code;
    kind = 'money';
    entry = money.id;
  } else if (unit) {
    switch (unit.kind) {
      case 'percent':
        unitId = unit.entry.unit;
        kind = 'percent';
        entry = unit.entry.id;
        break;
      case 'time':
        unitId = unit.entry.unit;
        factor = unit.entry.factor;
        kind = unit.age ? 'age' : 'duration';
        entry = unit.entry.id;
        break;
      case 'measure':
        unitId = unit.entry.unit;
        kind = 'measure';
        entry = unit.entry.id;
        break;
      case 'noun':
        unitId = unitOfNoun(unit.head);
        kind = 'count';
        if (unit.partitive !== undefined) entry = 'partitive';
        break;
      case 'currency':
        break; // handled by moneyOf
    }
  } else if (f.opener && AGE_OPENERS.has(f.opener.word)) {
    unitId = 'year';
    kind = 'age';
  } else if (f.age) {
    unitId = 'year';
    kind = 'age';
    entry = f.age.how;
  }
  if (money && unit && unit.kind === 'currency') exponent = unit.entry.exponent;

  let value: number | null = null;
  let min: number | null = null;
  let max: number | null = null;
  if (f.fraction) {
    value = Number(((f.fraction.numerator / f.fraction.denominator) * 100).toFixed(2));
    unitId = 'percent';
    kind = 'fraction';
  } else if (f.vague) {
    min = f.vague.reduce((acc, v, i) => acc * (i === 0 ? 2 * v.base : v.base), 1) * factor;
    kind = interned('vague-', kind);
  } else {
    // a scale on the upper end carries to a bare lower end: "3 to 4 million", "£3-4m"
    const carried = f.high && !f.low.scale && !f.low.words ? f.high.scale?.entry.exponent ?? 0 : 0;
    const lo = valueOf(f.low, exponent, carried);
    if (lo === null) return null;
    if (f.high) {
      const hi = valueOf(f.high, exponent, 0);
      if (hi === null) return null;
      min = scaleBy(lo, factor);
      max = scaleBy(hi, factor);
      if (min > max) return null;
      kind = interned('range-', kind);
    } else {
      value = scaleBy(lo, factor);
    }
  }
  return {
    type: 'figure',
    text: body.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    rule: ruleOf(kind, entry),
    value,
    min,
    max,
    unit: unitId,
    qualifier: f.qualifier?.entry.qualifier ?? null,
    subject: subjectOf(body, f),
  };
}

const AGE_OPENERS = new Set(AGE_BEFORE);

/**
 * `a + b`, made once for each pair: rule ids and kinds are a few dozen strings shared by every
 * figure. (Both parts come from code and lexicon ids, so the table stays small.)
 */
function interned(a: string, b: string): string {
  let byB = INTERNED.get(a);
  if (!byB) INTERNED.set(a, (byB = new Map()));
  let ab = byB.get(b);
  if (ab === undefined) byB.set(b, (ab = a + b));
  return ab;
}
const INTERNED = new Map<string, Map<string, string>>();

/** The rule id of a figure of `kind` matched by lexicon entry `entry` (`figures/<kind>[:<entry>]`), made once for each pair. */
function ruleOf(kind: string, entry: string): string {
  let byEntry = RULES.get(kind);
  if (!byEntry) RULES.set(kind, (byEntry = new Map()));
  let rule = byEntry.get(entry);
  if (rule === undefined) byEntry.set(entry, (rule = entry ? `figures/${kind}:${entry}` : `figures/${kind}`));
  return rule;
}
const RULES = new Map<string, Map<string, string>>();

/**
 * The unit of a counted noun: its singular, lower-case ("children" → `child`), except that an
 * upper-case acronym keeps its case ("MPs" → `MP`, "RBIs" → `RBI`), as news writes it.
 */
function unitOfNoun(head: string): string {
  return isAcronymPlural(head) ? head.slice(0, -1) : singular(head);
}

/** `/^[A-Z]{2,}s$/.test(w)`, read by hand. */
function isAcronymPlural(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115) return false;
  for (let i = 0; i < n - 1; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function scaleBy(v: number, factor: number): number {
  return factor === 1 ? v : Number((v * factor).toPrecision(12));
}

/** The currency of a figure: a sign on either end, or a currency word after it. */
function moneyOf(f: FoundFigure): { code: string; exponent: number; id: string } | null {
  const sign = f.low.currency ?? f.high?.currency ?? null;
  if (sign) return { code: sign.entry.code, exponent: 0, id: sign.entry.id };
  const u = f.unit;
  if (u && u.kind === 'currency') return { code: u.entry.code, exponent: u.entry.exponent, id: u.entry.id };
  const a = f.low.attached;
  if (a && a.kind === 'currency') return { code: a.entry.code, exponent: a.entry.exponent, id: a.entry.id };
  return null;
}

/** Value of one number: numeral × its scale (or a carried scale) × 10^exponent (pence). */
function valueOf(n: RawNumber, exponent: number, carried: number): number | null {
  let v: number | null;
  if (n.words) {
    v = parseNumberWords(n.numeral);
    if (v !== null && exponent !== 0) v = Number(`${v}e${exponent}`);
  } else {
    const scale = n.scale ? scaleSuffix(n.scale.entry.suffix)?.exponent ?? 0 : carried;
    v = parseDigits(n.numeral, scale + exponent);
  }
  return v !== null && n.negative ? -v : v;
}

/** Words that may start a subject phrase after a non-count figure ("£4.2 million investment"). */
function subjectOf(body: string, f: FoundFigure): string | null {
  const u = f.unit;
  if (f.age) return f.age.subject ? body.slice(f.age.subject.start, f.age.subject.end) : null;
  if (u && u.kind === 'noun') {
    if (u.partitive !== undefined) {
      // "14 of the nurses": the phrase after "of" and the rest of its clause
      const tail = clauseTail(body, u.end, 8 - countWords(body, u.partitive, u.end));
      return body.slice(u.partitive, u.end) + (tail ? ` ${tail}` : '');
    }
    if (u.compound) {
      // "a two-year programme": the compound's noun and what follows
      const tail = clauseTail(body, u.end, 7);
      return (body.slice(u.start + 1, u.end) + (tail ? ` ${tail}` : '')).trim();
    }
    const tail = clauseTail(body, u.end, 8 - countWords(body, u.start, u.end));
    return body.slice(u.start, u.end) + (tail ? ` ${tail}` : '');
  }
  if (u && u.kind === 'time' && u.age && u.end > u.start && body[u.start] === '-') {
    // "16-to 17-year-olds": the age group itself is the subject
    const tail = clauseTail(body, u.end, 7);
    const words = body.slice(f.low.start, u.end);
    return tail ? `${words} ${tail}` : words;
  }
  // "£4.2 million investment committed to …", "14% of children"
  let p = f.end;
  const first = wordAfter(body, p, 1);
  if (!first) return null;
  if (first.lower === 'of') p = first.end;
  else if (PHRASE_BREAKERS.has(first.lower) || CLAUSE_BREAKERS.has(first.lower) || !writtenLower(body, first)) return null;
  const n = clauseWords(body, p, 8, first.lower === 'of');
  if (n === 0) return null;
  return body.slice(clauseStarts[0]!, clauseEnds[n - 1]!);
}

/** Words of `body[start, end)` separated by white space (`body.slice(start, end).split(/\s+/).filter(Boolean).length`, without the slice and the arrays). */
function countWords(body: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const sp = isSpace(body.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** The rest of the clause after `pos`, at most `max` words; '' if none. */
function clauseTail(body: string, pos: number, max: number): string {
  const n = clauseWords(body, pos, Math.max(0, max), false);
  return n ? body.slice(clauseStarts[0]!, clauseEnds[n - 1]!) : '';
}

/**
 * The spans of the words `clauseWords` read, in `[0, n)`: filled again by every call (its callers
 * read the first and the last at once). Up to eight words are read.
 */
const clauseStarts = new Int32Array(16);
const clauseEnds = new Int32Array(16);

/**
 * Words from `pos` to the end of the clause, into `clauseStarts`/`clauseEnds`; returns their
 * number. Stops at punctuation, a line break, a digit, a clause breaker ("and", "with", "which",
 * …) or after `max` words. `afterOf` lets the first word be a determiner ("of the vote"). The
 * words are read as `wordAfter(body, p, 1)` reads them, but as spans: most are read for no
 * other purpose, and making a `Word` (with its lower case) for each was most of what the
 * subjects cost.
 */
function clauseWords(body: string, pos: number, max: number, afterOf: boolean): number {
  let n = 0;
  let p = pos;
  while (n < max && n < clauseStarts.length) {
    const s = skipSpaces(body, p);
    if (s - p > 1) break;
    const e = wordEnd(body, s);
    // no word, or a word glued to a following digit (an id): what `wordAfter` turns down
    if (e === s || isDigitCode(body.charCodeAt(e))) break;
    if (CLAUSE_BREAKER_SET.has(body, s, e) && !(afterOf && n === 0)) break;
    clauseStarts[n] = s;
    clauseEnds[n] = e;
    n++;
    if (isDigitCode(body.charCodeAt(e + 1)) && body[e] === ' ') break;
    p = e;
  }
  // do not end on a dangling function word ("children were under the")
  while (n > 0 && DANGLING.has(body, clauseStarts[n - 1]!, clauseEnds[n - 1]!)) n--;
  return n;
}

const CLAUSE_BREAKER_SET = new BodyWordSet(CLAUSE_BREAKERS);
const DANGLING = new BodyWordSet(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'from', 'into', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'more', 'over', 'under', 'about', 'up', 'out', 'last', 'next', 'first', 'very', 'and', 'or', 'but', 'with', 'as']);

export type { FoundFigure, RawNumber, RawUnit };
