/**
 * Evaluation of the quote extractor against PolNeAR (US political news, 2016, hand-annotated
 * attributions), as converted in ../shared/datasets/polnear/{train,dev}/. Prints, per split:
 * quote span precision/recall/F1, speaker accuracy on matched quotes, and end-to-end
 * precision/recall/F1 (span and speaker both right). Asserts nothing; exits 0. Skips cleanly
 * when the dataset is absent. The data is research-only: it is read in place, never copied.
 *
 * How it scores (decisions, so the figures can be read and reproduced):
 * - Units: gold `<id>.quotes.json` spans (they include the marks) and our quote drafts.
 *   PolNeAR annotates each paragraph's quoted segment on its own, so our multi-paragraph
 *   quotations are split at line breaks first. Both sides keep quotes of 3+ words only.
 * - Span match: spans are trimmed of white space and quotation marks, then matched one to one
 *   (greedily, best Jaccard overlap of the character ranges first) when Jaccard >= 0.5.
 * - Speaker right: gold and ours are compared by key word, case-insensitively, after
 *   dropping titles and possessives. A gold speaker with a capitalised word needs its last
 *   capitalised word (the surname, "Morris" in "Spokeswoman Haley Morris") among our
 *   speaker's words; a common-noun gold speaker ("the report", "a spokesman for the
 *   campaign") needs one of its content words in ours. A gold pronoun ("he", "she", "they",
 *   "who", "I", "we", "it") stands for the named source of the nearest earlier annotated
 *   attribution in the article (from `<id>.attributions.json`, a non-pronoun source with a
 *   capitalised word, starting before the quote, not "Mr." for "she" nor "Mrs."/"Ms." for "he");
 *   with none, the nearest earlier capitalised
 *   two-word name in the text. A null gold speaker is right only when ours is null too.
 * - Descriptions: a gold speaker that opens with a determiner ("a 2013 article in the journal
 *   Judgment and Decision Making", "a longtime GOP data expert who has worked for …") is headed
 *   by its words before the first preposition or relative pronoun (cut before any possessive
 *   later in it: "one owner of a shop that sells women's clothes" is the owner), and ours is right when it
 *   holds that head noun ("the article"), besides the capitalised-word test. When a gold
 *   pronoun's referent is such a description ("he" = "the Vermont senator"), the description is
 *   itself a second mention of someone named before it, so ours is also right when it names the
 *   referent found the same way before that description. (Before this rule, "the Ohio governor"
 *   demanded the word "Ohio" of a speaker named "John Kasich".)
 * - A relative pronoun ("who", "which") stands for the capitalised name right before it in its
 *   sentence ("Indiana Gov. Jane Doe, who called …" is Doe), not for the nearest earlier
 *   attribution's source; with no such name, the rule above applies.
 * - Name parsing of gold phrases: a quantifier opening a description is no name word
 *   ("Another superdelegate, Michael Brown of Washington" is Brown, not "Another"), a name in
 *   apposition may carry "of PLACE", and a title that takes "of" keeps the name after it
 *   ("RNC Chief of Staff Katie Walsh" is Walsh, not "Chief").
 * - End-to-end: a true positive is a span match whose speaker is right; precision and recall
 *   are over the same predicted and gold counts as the span figures.
 *
 * Diagnostics (they change no figure above): `--misses N` prints up to N misses of each kind;
 * `--by-source` prints the figures per publisher (the article id up to its first `_`). The
 * latter showed one gap of the data: the converted NYT articles write quotations with two
 * apostrophes (''…''), the conversion did not read those as marks, and their quotes.json holds
 * almost no quotes. The attributions are annotated all the same, so the gold ''…'' quotes are
 * recovered from them (see twoApostropheQuotes); `--raw-gold` scores against quotes.json alone.
 *
 * Usage: npm run eval:quotes  (or: node bench/eval-quotes.js [train|dev] [--misses N] [--by-source] [--raw-gold])
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { segment } from '../dist/text/segment.js';
import { extractQuotes } from '../dist/extract/quotes/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../shared/datasets/polnear');
if (!existsSync(root)) {
  console.log(`eval:quotes: skipped (${root} is absent)`);
  process.exit(0);
}
const argv = process.argv.slice(2);
const splits = argv.filter((a) => a === 'train' || a === 'dev');
const showMisses = argv.includes('--misses') ? Number(argv[argv.indexOf('--misses') + 1] ?? 10) : 0;
const bySource = argv.includes('--by-source');
const rawGold = argv.includes('--raw-gold');

const MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'who', 'i', 'we', 'him', 'his', 'her', 'them', 'you', 'which', 'that']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'senator', 'governor', 'sir', 'lord', 'cllr', 'prof', 'the', 'a', 'an', 'former', 'spokesman', 'spokeswoman']);
const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'by', 'with', 's', 'its', 'his', 'her', 'their']);

function article(body, id) {
  return { id, path: `${id}.txt`, title: null, publisher: null, published: null, byline: null, url: null, format: 'txt', body, excluded: [] };
}

/** Trimmed [start, end): white space and quotation marks cut from both ends. */
function trimmed(text, start, end) {
  while (start < end && (/\s/.test(text[start]) || MARKS.has(text[start]))) start++;
  while (end > start && (/\s/.test(text[end - 1]) || MARKS.has(text[end - 1]))) end--;
  return [start, end];
}

function wordCount(s) {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function jaccard(a, b) {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union > 0 ? inter / union : 0;
}

function words(s) {
  return (s ?? '')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/** Our quotes split at line breaks, trimmed, 3+ words. */
function predictedUnits(body, drafts) {
  const out = [];
  for (const d of drafts) {
    let from = d.start;
    const parts = [];
    for (let i = d.start; i <= d.end; i++) {
      if (i === d.end || body[i] === '\n') {
        parts.push([from, i]);
        from = i + 1;
      }
    }
    for (const [s, e] of parts) {
      const span = trimmed(body, s, e);
      if (span[1] > span[0] && wordCount(body.slice(span[0], span[1])) >= 3) out.push({ span, speaker: d.speaker, draft: d });
    }
  }
  return out;
}

/** The named source a gold pronoun stands for; see the header. */
function referent(body, attributions, at, pronoun = '') {
  const best = referentSource(attributions, at, pronoun);
  return best ? best.text : nameBefore(body, at);
}

/** The referent before the one `referent` gives (when that one is a description). */
function referentBefore(body, attributions, at, pronoun = '') {
  const first = referentSource(attributions, at, pronoun);
  if (!first) return null;
  return referent(body, attributions, first.start, pronoun);
}

function referentSource(attributions, at, pronoun) {
  let best = null;
  const p = pronoun.toLowerCase();
  for (const a of attributions) {
    for (const s of a.source ?? []) {
      if (s.start >= at) continue;
      // An honorific decides gender: "she" never stands for "Mr. Doe", nor "he" for "Mrs. Doe".
      if (p === 'she' && /\b(Mr|Sir|Lord)\b\.?/.test(s.text)) continue;
      if (p === 'he' && /\b(Mrs|Ms|Miss|Lady|Baroness)\b\.?/.test(s.text)) continue;
      const w = words(s.text);
      if (!w.length || w.every((x) => PRONOUNS.has(x.toLowerCase()))) continue;
      if (!nameWords(headOf(s.text)).length) continue;
      if (!best || s.start > best.start) best = s;
    }
  }
  return best;
}

/**
 * The antecedent of a relative pronoun ("who", "which") that stands before `at` in its
 * sentence: the capitalised name right before it ("Indiana Gov. Jane Doe, who called …"), or
 * null (then `referent` decides).
 */
function relativeAntecedent(body, at, pronoun) {
  const p = pronoun.toLowerCase();
  if (p !== 'who' && p !== 'which') return null;
  const window = body.slice(Math.max(0, at - 300), at);
  const re = new RegExp(`\\b${p}\\b`, 'gi');
  let last = -1;
  for (const m of window.matchAll(re)) last = m.index;
  if (last < 0 || /[.!?]\s/.test(window.slice(last))) return null;
  const before = window.slice(Math.max(0, last - 80), last);
  // (A name may carry "of PLACE": "Sen. Jane Doe of Florida, who …".)
  const m = /((?:\p{Lu}[\p{L}.’'-]*\s){0,3}\p{Lu}[\p{L}’'-]+(?:\s(?:of|from)\s\p{Lu}[\p{L}.’'-]+(?:\s\p{Lu}[\p{L}.’'-]+)?)?)\s*(?:\([^)]*\))?\s*[,—–-]?\s*$/u.exec(before);
  return m ? m[1] : null;
}

/** The nearest earlier capitalised two-word name in the text. */
function nameBefore(body, at) {
  const before = body.slice(Math.max(0, at - 3000), at);
  const names = [...before.matchAll(/\b\p{Lu}\p{Ll}+ \p{Lu}[\p{L}’'-]+/gu)];
  return names.length ? names[names.length - 1][0] : null;
}

/** Capitalised name words of a speaker phrase's head (no titles, suffixes, or a leading "The"). */
function nameWords(head) {
  return words(head).filter((x, k) => /^\p{Lu}/u.test(x) && !TITLES.has(x.toLowerCase().replace(/\.$/, '')) && !SUFFIXES.has(x) && !(k === 0 && (STOP.has(x.toLowerCase()) || QUANTIFIERS.has(x.toLowerCase()))));
}

/** Words that open a description at a sentence start ("Another superdelegate", "One aide"): no name. */
const QUANTIFIERS = new Set(['another', 'one', 'some', 'several', 'many', 'both', 'two', 'three', 'other', 'most', 'few']);

/**
 * The head of a gold speaker phrase: its first comma segment (or a name in apposition after a
 * description: "the bank's chief economist, Jane Doe,"), without bracketed asides
 * ("Sen. Jane Doe (D-Ohio)"), after the last possessive, and cut before a preposition that
 * follows a name of two or more capitalised words ("Jane Doe of the Ohio delegation"; not
 * "Secretary of State John Doe").
 */
function headOf(g) {
  const parts = g.replace(/\([^)]*\)/g, ' ').split(',');
  let head = parts[0];
  // "Her campaign manager, Jane Doe,": a description then the name in apposition.
  // ("Another superdelegate, Michael Brown of Washington, D.C.,": the name before its "of PLACE".)
  const isName = (x) => { const cut = x.split(/\s(?:of|from|at)\s/)[0]; const w = words(words(cut).length >= 2 ? cut : x); return w.length >= 1 && w.length <= 4 && w.every((y) => /^\p{Lu}/u.test(y)); };
  if (!nameWords(head).length || /\s\p{Ll}/u.test(head.trim())) {
    const named = parts.slice(1).find((x) => isName(x) && nameWords(x).length >= 2);
    if (named && !isName(head)) head = named;
  }
  // (The determiner cut below comes first for a description: "one owner of a shop that sells
  // women's clothes" is the owner, not "clothes".)
  if (/^\s*(?:the|a|an|one)\s/i.test(head)) {
    const d = /\s(?:of|at|from|for|with|in|on|by|who|which|that|whose|conducted)\s/.exec(head);
    if (d) head = head.slice(0, d.index);
  }
  const poss = Math.max(head.lastIndexOf("'s "), head.lastIndexOf('’s '));
  if (poss >= 0) head = head.slice(poss + 3);
  const m = /\s(?:of|at|from|for|with|in|on|who|and)\s/.exec(head);
  // (Not after a title that takes "of": "RNC Chief of Staff Katie Walsh", "Secretary of State John Doe".)
  const titleOf = m && /\b(?:Chief|Secretary|Director|Head|Minister|Chair|Chairman|Chairwoman|President|Leader|Governor|Commissioner|Editor|Member|Speaker)$/.test(head.slice(0, m.index));
  if (m && !titleOf && nameWords(head.slice(0, m.index)).length >= 2) head = head.slice(0, m.index);
  // "a 2013 article in the journal Judgment and Decision Making", "a longtime GOP data expert
  // who has worked for …": a description opening with a determiner is headed by its noun
  // before the first preposition or relative pronoun.
  if (/^\s*(?:the|a|an|one)\s/i.test(head)) {
    const d = /\s(?:of|at|from|for|with|in|on|by|who|which|that|whose|conducted)\s/.exec(head);
    if (d) head = head.slice(0, d.index);
  }
  return head;
}

/** The head noun of a description ("the Vermont senator" → "senator"), or null for a name. */
function descriptionNoun(head) {
  if (!/^\s*(?:the|a|an|one)\s/i.test(head)) return null;
  const w = words(head);
  const last = w[w.length - 1];
  return last && /^\p{Ll}/u.test(last) && !PRONOUNS.has(last) ? last.toLowerCase() : null;
}

function speakerRight(gold, ours, body, attributions, at) {
  if (gold == null) return ours == null;
  if (ours == null) return false;
  let g = gold;
  const gw = words(g);
  if (gw.length && gw.every((x) => PRONOUNS.has(x.toLowerCase()))) {
    g = relativeAntecedent(body, at, gw[0]) ?? referent(body, attributions, at, gw[0]);
    if (g == null) return false;
  }
  const ourWords = new Set(words(ours).map((x) => x.toLowerCase()));
  const head = headOf(g);
  const caps = nameWords(head);
  const noun = descriptionNoun(head);
  const has = (x) => ourWords.has(x) || ourWords.has(x.replace(/s$/, '')) || ourWords.has(`${x}s`);
  if (noun && has(noun)) return true;
  if (noun && g !== gold) {
    // A pronoun whose nearest named source is a description ("the Vermont senator") stands for
    // the person that description refers back to: the named source before it.
    const before = referentBefore(body, attributions, at, gw[0]);
    if (before && before !== g && speakerRight(before, ours, body, attributions, at)) return true;
  }
  if (caps.length) return ourWords.has(caps[caps.length - 1].toLowerCase());
  const content = words(head).map((x) => x.toLowerCase()).filter((x) => !STOP.has(x) && !PRONOUNS.has(x));
  return content.some((x) => ourWords.has(x) || ourWords.has(x.replace(/s$/, '')) || ourWords.has(`${x}s`));
}

/**
 * Gold quotations the conversion missed: the converted NYT articles mark quotations with two
 * apostrophes (''…''), which the conversion did not read as quote marks, so their annotated
 * attributions came out as `indirect` and `quotes.json` holds none of them. The annotation is
 * there: each ''…'' pair inside an attribution's content span is a quoted segment of that
 * attribution, exactly as a "…" pair inside a content span is for the other publishers. These
 * are added as gold units with the attribution's speaker (deduplicated by span; never where
 * quotes.json already has a quote there). `--raw-gold` turns this off.
 */
function twoApostropheQuotes(gq, attributions) {
  const out = [];
  const seen = new Set();
  for (const a of attributions) {
    for (const c of a.content ?? []) {
      for (const m of c.text.matchAll(/''(.+?)''/gs)) {
        const start = c.start + m.index;
        const end = start + m[0].length;
        if (seen.has(start) || gq.some((q) => q.start <= start && start < q.end)) continue;
        seen.add(start);
        out.push({ text: m[0], speaker: a.speaker, start, end, kind: a.kind, cue: a.cue?.[0]?.text ?? null, derived: true });
      }
    }
  }
  return out;
}

function f1(p, r) {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function pct(x) {
  return (100 * x).toFixed(1);
}

function evaluate(split) {
  const dir = path.join(root, split);
  if (!existsSync(dir)) {
    console.log(`eval:quotes: ${split}: skipped (${dir} is absent)`);
    return;
  }
  const ids = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  let nGold = 0;
  let nDerived = 0;
  let nPred = 0;
  let nMatch = 0;
  let nRight = 0;
  let nPredAttributed = 0;
  let nMatchAttributed = 0;
  let nRightAttributed = 0;
  let bytes = 0;
  let ms = 0;
  const misses = { spanFalsePos: [], spanFalseNeg: [], speaker: [] };
  /** Per publisher: [gold, predicted, matched, right]. */
  const sources = new Map();
  for (const id of ids) {
    const src = id.split('_')[0];
    if (!sources.has(src)) sources.set(src, [0, 0, 0, 0]);
    const counts = sources.get(src);
    const before = [nGold, nPred, nMatch, nRight];
    const body = readFileSync(path.join(dir, `${id}.txt`), 'utf8');
    const gq = existsSync(path.join(dir, `${id}.quotes.json`)) ? JSON.parse(readFileSync(path.join(dir, `${id}.quotes.json`), 'utf8')) : [];
    const attributions = existsSync(path.join(dir, `${id}.attributions.json`)) ? JSON.parse(readFileSync(path.join(dir, `${id}.attributions.json`), 'utf8')) : [];
    const t0 = performance.now();
    const drafts = extractQuotes(segment(article(body, id)), { published: null });
    ms += performance.now() - t0;
    bytes += body.length;
    const gold = (rawGold ? gq : [...gq, ...twoApostropheQuotes(gq, attributions)])
      .map((q) => ({ span: trimmed(body, q.start, q.end), speaker: q.speaker, q }))
      .filter((g) => g.span[1] > g.span[0] && wordCount(body.slice(g.span[0], g.span[1])) >= 3);
    const pred = predictedUnits(body, drafts);
    nGold += gold.length;
    nDerived += gold.filter((g) => g.q.derived).length;
    nPred += pred.length;
    nPredAttributed += pred.filter((p) => p.speaker != null).length;
    const pairs = [];
    gold.forEach((g, gi) => pred.forEach((p, pi) => {
      const j = jaccard(g.span, p.span);
      if (j >= 0.5) pairs.push([j, gi, pi]);
    }));
    pairs.sort((a, b) => b[0] - a[0]);
    const gUsed = new Set();
    const pUsed = new Set();
    for (const [, gi, pi] of pairs) {
      if (gUsed.has(gi) || pUsed.has(pi)) continue;
      gUsed.add(gi);
      pUsed.add(pi);
      nMatch++;
      const g = gold[gi];
      const p = pred[pi];
      if (p.speaker != null) nMatchAttributed++;
      if (speakerRight(g.speaker, p.speaker, body, attributions, g.q.start)) {
        nRight++;
        if (p.speaker != null) nRightAttributed++;
      }
      else misses.speaker.push(`${id} @${g.q.start}: gold ${JSON.stringify(g.speaker)}${g.speaker && words(g.speaker).every((x) => PRONOUNS.has(x.toLowerCase())) ? ` (= ${JSON.stringify(relativeAntecedent(body, g.q.start, words(g.speaker)[0]) ?? referent(body, attributions, g.q.start, words(g.speaker)[0]))})` : ''} ours ${JSON.stringify(p.speaker)} (${p.draft.rule}) ${JSON.stringify(body.slice(Math.max(0, g.q.start - 90), g.q.end + 60).replace(/\n/g, ' / '))}`);
    }
    pred.forEach((p, pi) => { if (!pUsed.has(pi)) misses.spanFalsePos.push(`${id} @${p.span[0]}: ${JSON.stringify(body.slice(p.span[0], p.span[1]).slice(0, 120))} (${p.draft.rule})`); });
    gold.forEach((g, gi) => { if (!gUsed.has(gi)) misses.spanFalseNeg.push(`${id} @${g.span[0]}: ${JSON.stringify(body.slice(g.span[0], g.span[1]).slice(0, 120))}`); });
    [nGold, nPred, nMatch, nRight].forEach((x, k) => { counts[k] += x - before[k]; });
  }
  const P = nPred ? nMatch / nPred : 0;
  const R = nGold ? nMatch / nGold : 0;
  const eP = nPred ? nRight / nPred : 0;
  const eR = nGold ? nRight / nGold : 0;
  console.log(`eval:quotes ${split}: ${ids.length} articles, ${nGold} gold quotes (3+ words${rawGold ? ', quotes.json only' : `, ${nDerived} of them ''…'' quotes recovered from attributions`}), ${nPred} ours (${nPredAttributed} with a speaker)`);
  console.log(`  span        P ${pct(P)}  R ${pct(R)}  F1 ${pct(f1(P, R))}  (${nMatch} matched)`);
  console.log(`  speaker     accuracy ${pct(nMatch ? nRight / nMatch : 0)} on matched quotes (${nRight}/${nMatch}; ${nMatchAttributed} of them attributed by us)`);
  console.log(`  end-to-end  P ${pct(eP)}  R ${pct(eR)}  F1 ${pct(f1(eP, eR))}`);
  const aP = nPredAttributed ? nMatchAttributed / nPredAttributed : 0;
  const aR = nGold ? nMatchAttributed / nGold : 0;
  const aeP = nPredAttributed ? nRightAttributed / nPredAttributed : 0;
  const aeR = nGold ? nRightAttributed / nGold : 0;
  console.log(`  attributed quotes only (ours with a speaker, as gold holds only attributed quotes):`);
  console.log(`  span        P ${pct(aP)}  R ${pct(aR)}  F1 ${pct(f1(aP, aR))}`);
  console.log(`  end-to-end  P ${pct(aeP)}  R ${pct(aeR)}  F1 ${pct(f1(aeP, aeR))}`);
  console.log(`  speed       ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (segment + quotes)`);
  if (bySource) {
    for (const [src, [g, p, m, r]] of [...sources].sort()) {
      const sp = p ? m / p : 0;
      const sr = g ? m / g : 0;
      console.log(`  ${src.padEnd(12)} gold ${String(g).padStart(4)} ours ${String(p).padStart(4)}  span F1 ${pct(f1(sp, sr)).padStart(5)}  speaker ${pct(m ? r / m : 0).padStart(5)}  end-to-end F1 ${pct(f1(p ? r / p : 0, g ? r / g : 0)).padStart(5)}`);
    }
  }
  if (showMisses) {
    for (const [k, list] of Object.entries(misses)) {
      console.log(`  -- ${k}: ${list.length}`);
      for (const m of list.slice(0, showMisses)) console.log(`     ${m}`);
    }
  }
}

for (const split of splits.length ? splits : ['train', 'dev']) evaluate(split);
