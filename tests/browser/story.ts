/**
 * Test data for the HTML report: load a story folder through the library, extract and
 * cross-check it as `claimcheck check` does, and keep what the page needs beyond the check
 * document (each claim's sentence, titles, bylines). Also copies of the fixture story with
 * one edit, so that a conflict shows.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareArticles, extractDocument, loadArticles, type CheckInput, type CheckReport } from '../../src/index.js';
import { formatCheckHtml, htmlExtras, type HtmlExtras } from '../../src/report/html.js';

export const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'barnet-ofsted-2017');

export interface Story {
  report: CheckReport;
  extras: Required<HtmlExtras>;
  html: string;
}

/** The check document of a folder, its page extras and its page. */
export async function story(dir: string): Promise<Story> {
  const inputs: CheckInput[] = [];
  const errors: CheckReport['errors'] = [];
  for await (const ev of loadArticles([dir])) {
    if (ev.kind === 'article') {
      const { extracted, doc } = extractDocument(ev.article);
      inputs.push({ article: extracted, doc });
    } else if (ev.kind === 'error') errors.push(ev.error);
  }
  const report: CheckReport = { ...compareArticles(inputs), errors };
  const extras = htmlExtras(inputs);
  return { report, extras, html: formatCheckHtml(report, extras) };
}

/** A temporary copy of `dir` with `from` replaced by `to` (once) in `file`. */
export function editedCopy(dir: string, file: string, from: string, to: string): string {
  const out = mkdtempSync(join(tmpdir(), 'claimcheck-html-'));
  cpSync(dir, out, { recursive: true });
  const path = join(out, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
  return out;
}

/** The fixture story with 004's investment changed from £3.8 million to £4.8 million: a figure conflict. */
export function conflictStory(): string {
  return editedCopy(FIXTURE, '004_7c4424ff75a35e16.txt', '£3.8 million', '£4.8 million');
}
