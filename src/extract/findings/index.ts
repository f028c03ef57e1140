/**
 * Findings: reported statements of a person or body ("inspectors found …", "the report said
 * …", "the regulator rated … inadequate", "according to …", and the items of a bullet list
 * introduced by a reporting sentence), with their source, cue and rating.
 *
 * Steps, each testable alone:
 * 1 tokens (`tokens.ts`) → 2 find cues with raw source and content spans (`find.ts`) →
 * 3 parse: trim the content, leave direct quotations to the quote extractor, read the rating
 * (`parse.ts`) → 4 claim: resolve pronoun and elided sources, lists, drafts (here).
 *
 * A finding's `text` is the reported content itself, `body.slice(start, end)`: the clause after
 * the cue, the clause before "…, said the report", the whole sentence when the cue stands
 * inside it ("The board, inspectors found, was poor …"), or a list item without its marker and
 * trailing stop. Items of a list without a named source ("Among failings highlighted are:")
 * take the nearest earlier reporting body or document (in news, the report being described).
 */
import type { FindingDraft, Segmented, Sentence } from '../../schema.js';
import { bulletEnd } from '../../text/paragraphs.js';
import type { ExtractContext } from '../context.js';
import { findMentions, type Mention } from './find.js';
import { bareIntroducer, itemSpan } from './lists.js';
import { parseMention } from './parse.js';
import { quotedRegions, regionAt, type Region } from './quotes.js';
import { SourceMemory, sourceOf, type Source } from './source.js';
import { tokenize, type Token } from './tokens.js';

export { tokenize } from './tokens.js';
export { findMentions, type Mention, type Shape } from './find.js';
export { parseMention, trimContent, ratingIn } from './parse.js';
export { sourceOf, SourceMemory, type Source } from './source.js';
export { quotedRegions } from './quotes.js';

interface ListIntro {
  source: Source | null;
  cue: string;
}

/** Findings of a segmented article, sorted by start. */
export function extractFindings(doc: Segmented, _ctx: ExtractContext): FindingDraft[] {
  const body = doc.article.body;
  const regions = quotedRegions(body, doc.paragraphs);
  const memory = new SourceMemory();
  const out: FindingDraft[] = [];
  let si = 0;
  let list: ListIntro | null = null;
  for (const p of doc.paragraphs) {
    const sentences: Sentence[] = [];
    while (si < doc.sentences.length && doc.sentences[si]!.paragraph === p.index) sentences.push(doc.sentences[si++]!);
    if (sentences.length === 0) continue;
    const bullet = bulletEnd(body, p.start, p.end) !== -1;
    if (bullet && list) {
      const item = listItem(body, sentences, regions, list, memory);
      if (item) out.push(item);
      continue;
    }
    list = null;
    const headline = isHeadline(body, p.start, p.end);
    sentences.forEach((s, k) => {
      const toks = tokenize(body, s.start, s.end);
      rememberPeople(body, toks, regions, memory);
      if (headline || isQuestion(toks)) return;
      let previous: Source | null = null;
      for (const m of findMentions(body, toks, regions)) {
        const source = resolve(m, previous, memory);
        if (m.source && !m.source.pronoun) memory.remember(m.source);
        previous = source;
        if (m.shape === 'list-intro') {
          if (k === sentences.length - 1) list = { source, cue: body.slice(m.cueStart, m.cueEnd) };
          continue;
        }
        const parsed = parseMention(body, toks, m, regions);
        if (!parsed) continue;
        out.push({
          type: 'finding',
          text: body.slice(parsed.start, parsed.end),
          start: parsed.start,
          end: parsed.end,
          source: source?.name ?? null,
          cue: body.slice(m.cueStart, m.cueEnd),
          rating: parsed.rating,
          rule: `finding/${parsed.shape}`,
        });
      }
      if (k === sentences.length - 1 && list === null) {
        const bare = bareIntroducer(toks);
        if (bare) list = { source: memory.nearestReporter(), cue: body.slice(bare.cueStart, bare.cueEnd) };
      }
    });
  }
  return dedupe(out.sort((a, b) => a.start - b.start || a.end - b.end));
}

function resolve(m: Mention, previous: Source | null, memory: SourceMemory): Source | null {
  if (m.inherits) return previous;
  if (!m.source) return null;
  return m.source.pronoun ? memory.resolve(m.source) : m.source;
}

/**
 * One list item as a finding. An item that ends by naming its own source ("…, say inspectors")
 * takes that source and cue instead of the list's.
 */
function listItem(body: string, sentences: Sentence[], regions: readonly Region[], list: ListIntro, memory: SourceMemory): FindingDraft | null {
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  let [start, end] = itemSpan(body, first.start, last.end);
  let source = list.source?.name ?? null;
  let cue: string | null = list.cue;
  let rule = 'finding/bullet-list';
  const toks = tokenize(body, last.start, last.end);
  const own = findMentions(body, toks, regions).find((m) => m.shape === 'said-after' && m.source && !m.source.pronoun);
  if (own) {
    end = Math.min(end, own.contentEnd);
    while (end > start && (body[end - 1] === ',' || body[end - 1] === ' ')) end--;
    if (end <= start) return null;
    source = own.source!.name;
    cue = body.slice(own.cueStart, own.cueEnd);
    rule = 'finding/bullet-list-said';
    memory.remember(own.source);
  }
  if (end - start < 2) return null;
  return { type: 'finding', text: body.slice(start, end), start, end, source, cue, rating: null, rule };
}

function isQuestion(toks: readonly Token[]): boolean {
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.word) return false;
    if (t.lower === '?') return true;
  }
  return false;
}

/**
 * A headline: a paragraph without a closing stop whose longer words are mostly capitalised
 * ("Watchdog Finds Serious Failings At Care Home").
 */
function isHeadline(body: string, start: number, end: number): boolean {
  const last = body.charCodeAt(end - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x22 || last === 0x201d || last === 0x3a) return false;
  if (end - start > 200) return false;
  const toks = tokenize(body, start, end).filter((t) => t.word && t.lower.length > 3);
  if (toks.length < 3) return false;
  const caps = toks.filter((t) => t.cap).length;
  return caps * 10 >= toks.length * 7;
}

/** People named in the sentence (outside quotations), so that "he said" can find them. */
function rememberPeople(body: string, toks: readonly Token[], regions: readonly Region[], memory: SourceMemory): void {
  let s = -1;
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    const inName = t !== undefined && t.word && t.cap && !regionAt(regions, t.start);
    if (inName && s < 0) s = i;
    if (inName && !t.lower.endsWith("'s")) continue;
    if (s >= 0) {
      const e = inName ? i + 1 : i;
      if (e - s >= 2) {
        const src = sourceOf(body.slice(toks[s]!.start, toks[e - 1]!.end));
        if (src && src.kind === 'person') memory.remember(src);
      }
      s = -1;
    }
  }
}

/** Drop a finding that repeats another's exact span (two cues over one clause). */
function dedupe(sorted: FindingDraft[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const d of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.start === d.start && prev.end === d.end) continue;
    out.push(d);
  }
  return out;
}
