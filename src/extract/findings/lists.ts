/**
 * Lists of findings: a paragraph whose last sentence introduces a list ("The inspectorate also
 * found:", "The regulator recommends that the trust:", "Among failings highlighted are:") and
 * the bullet paragraphs right after it. Each item is a finding with the list's source and cue.
 */
import { FINDING_VERBS, LIST_LINKS, LIST_NOUNS } from '../../lexicon/findings.js';
import type { Token } from './tokens.js';

const VERB_FORMS = new Set(FINDING_VERBS.flatMap((v) => v.forms));

/**
 * An introducer without a source of its own ("Among failings highlighted are:", "Key findings
 * include:"): the span of its cue (the finding verb if there is one, else the linking verb),
 * or `null` when the sentence introduces no list of findings.
 */
export function bareIntroducer(toks: readonly Token[]): { cueStart: number; cueEnd: number } | null {
  const n = toks.length;
  if (n < 3 || toks[n - 1]!.lower !== ':') return null;
  let noun = -1;
  for (let i = 0; i < n - 1 && i < 12; i++) {
    if (toks[i]!.word && LIST_NOUNS.has(toks[i]!.lower)) {
      noun = i;
      break;
    }
  }
  if (noun < 0) return null;
  let verb: Token | null = null;
  for (let i = noun + 1; i < n - 1 && i <= noun + 6; i++) {
    const t = toks[i]!;
    if (!t.word) return null;
    if (VERB_FORMS.has(t.lower)) verb = t;
    else if (LIST_LINKS.has(t.lower)) {
      const cue = verb ?? t;
      return { cueStart: cue.start, cueEnd: cue.end };
    }
  }
  return null;
}

/** The item text of a bullet paragraph `[textStart, end)`, without a trailing stop or semicolon. */
export function itemSpan(body: string, textStart: number, end: number): [number, number] {
  let b = end;
  while (b > textStart) {
    const c = body.charCodeAt(b - 1);
    if (c === 0x2e || c === 0x3b || c === 0x2c || c === 0x20 || c === 0x09) b--;
    else break;
  }
  return [textStart, b];
}
