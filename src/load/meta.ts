/** Metadata helpers shared by the loaders. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * A publication date as ISO 8601, or `null` when it cannot be read. ISO dates and date-times
 * keep the calendar date as written (the publisher's local date); `12 July 2017`,
 * `July 12, 2017` and `Wed, 12 Jul 2017 10:00:00 GMT` become `2017-07-12`.
 */
export function normalisePublished(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? s.replace(' ', 'T') : null;
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  // 12 July 2017, Wed, 12 Jul 2017 10:00 GMT, 12th July, 2017
  m = /(?:^|[\s,])(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) return iso(+m[3]!, monthOf(m[2]!), +m[1]!);
  // July 12, 2017
  m = /(?:^|[\s,])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) return iso(+m[3]!, monthOf(m[1]!), +m[2]!);
  return null;
}

function monthOf(word: string): number {
  return MONTHS[word.slice(0, 3).toLowerCase()] ?? (word.toLowerCase().startsWith('sept') ? 9 : 0);
}

function valid(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function iso(y: number, mo: number, d: number): string | null {
  if (!valid(y, mo, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface TextMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
}

/** Labelled lines (`By …`, `Published: …`) longer than this (characters) are prose, not labels. */
const MAX_LABEL_LINE = 120;
const LABEL = /^(author|by|byline|written by|published|date|posted|updated)\s*:?\s*(.*)$/i;

/**
 * Metadata that a saved plain-text article states in its first lines: `Author: …`/`By …`
 * (byline), `Published: …`/`Date: …` (publication date), and the headline: the first short
 * line of 3–25 words without final punctuation that stands alone.
 */
export function plainTextMeta(body: string): TextMeta {
  const lines = body.split(/\r?\n/, 60);
  let title: string | null = null;
  let byline: string | null = null;
  let published: string | null = null;
  let updated: string | null = null;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 15; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const dateline = datelineOf(line);
    if (dateline) {
      if (dateline.updated) updated ??= dateline.date;
      else published ??= dateline.date;
      continue;
    }
    // length first: on a long line of blanks ending in a line separator, LABEL's \s*:?\s*(.*)$
    // backtracks in cubic time (4,000 characters took 16 s)
    const label = line.length < MAX_LABEL_LINE ? LABEL.exec(line) : null;
    if (label) {
      const key = label[1]!.toLowerCase();
      const value = label[2]!.trim();
      if ((key === 'author' || key === 'byline' || key === 'written by' || (key === 'by' && /^\S+\s+\p{Lu}/u.test(line) && isName(value))) && value) {
        byline ??= value;
        continue;
      }
      if ((key === 'published' || key === 'date' || key === 'posted') && value) {
        published ??= normalisePublished(value);
        continue;
      }
      if (!value) continue;
    }
    // the headline comes before the story's prose: stop looking at the first long sentence
    if (title === null && /[.!?]["'”’)]*$/.test(line) && line.split(/\s+/).length >= 20) title = '';
    // a headline stands alone between blank lines, or is the very first line of the text
    const standsAlone = seen === 1 || ((lines[i + 1] ?? '').trim() === '' && (i === 0 || lines[i - 1]!.trim() === ''));
    if (title === null && standsAlone && isHeadline(line)) title = line;
  }
  return { title: title || null, byline, published: published ?? updated };
}

const DATELINE_LABEL = /^(?:(published|posted|date|first published)|((?:last )?updated))\b[\s:]*(?:on|at)?\s*/i;
const CLOCK = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5}\b)?|\b\d{1,2}\s*[ap]\.?m\.?/gi;

/**
 * A line that is only a date (a dateline): `November 28, 2005`, `Sun, 15 Sep 2013`,
 * `Monday 16 September 2013 03.31 BST`, `Published April 11, 2007`, `Updated 8:52 PM EDT` with
 * a date. Lines labelled "updated" are kept apart: a publication date wins over them.
 */
function datelineOf(line: string): { date: string; updated: boolean } | null {
  if (line.length > 90 || !/\b(1[89]|20)\d\d\b/.test(line)) return null;
  const updated = /\bupdated\b/i.test(line) && !/\b(published|posted)\b/i.test(line);
  // every segment between pipes or bullets must be a label, a date or a time
  const rest = line
    .replace(CLOCK, ' ')
    .split(/\s[|•·]\s|\s[-–—]\s/)
    .map((seg) => seg.replace(DATELINE_LABEL, '').trim())
    .filter(Boolean);
  if (!rest.length) return null;
  let date: string | null = null;
  for (const seg of rest) {
    if (seg.split(/\s+/).length > 6) return null;
    const d = normalisePublished(seg.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, ''));
    if (d) date ??= d;
    else if (/[a-z]{4,}/i.test(seg.replace(/\b(gmt|bst|utc|edt|est|pdt|pst|cet|cest|am|pm|updated|last|at|on)\b/gi, ''))) return null;
  }
  return date ? { date, updated } : null;
}

function isHeadline(line: string): boolean {
  if (line.length > 160 || /[.:;,!\-–—]["'”’)\]]*$/.test(line) || /^[-*•–—#%[{<(]/.test(line) || /:\s*["“‘]/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 25 && /^[\p{Lu}\d‘“"']/u.test(line);
}

/** A short run of words without digits or a final stop: a byline, not a sentence (`By March 2019, …`). */
function isName(value: string): boolean {
  return value.split(/\s+/).length <= 6 && !/\d/.test(value) && !/[.,;:!?]$/.test(value);
}
