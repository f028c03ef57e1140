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

/**
 * The check document of a folder, its page extras and its page. `showAs` replaces the folder
 * in the paths shown (a temporary copy reads as `barnet-ofsted-2017-edited/…`).
 */
export async function story(dir: string, { showAs }: { showAs?: string } = {}): Promise<Story> {
  const inputs: CheckInput[] = [];
  const errors: CheckReport['errors'] = [];
  for await (const ev of loadArticles([dir])) {
    if (ev.kind === 'article') {
      const { extracted, doc } = extractDocument(ev.article);
      inputs.push({ article: extracted, doc });
    } else if (ev.kind === 'error') errors.push(ev.error);
  }
  let report: CheckReport = { ...compareArticles(inputs), errors };
  if (showAs) report = renamed(report, dir, showAs);
  const extras = htmlExtras(inputs);
  return { report, extras, html: formatCheckHtml(report, extras) };
}

function renamed(report: CheckReport, dir: string, showAs: string): CheckReport {
  const show = (path: string): string => (path.startsWith(`${dir}/`) ? `${showAs}/${path.slice(dir.length + 1)}` : path);
  return {
    ...report,
    articles: report.articles.map((a) => ({ ...a, path: show(a.path) })),
    groups: report.groups.map((g) => ({ ...g, claims: g.claims.map((c) => ({ ...c, path: show(c.path) })) })),
  };
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

/** Markup and script that must stay text: in a quotation, a title, a byline, a publisher and a file name. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  title: 'Council warns about <script>alert(2)</script> in schools',
  byline: '<img src=x onerror=alert(3)>',
  publisher: 'The "Daily" <svg onload=alert(4)>',
  file: 'x"<svg onload=alert(5)>.txt',
};

/**
 * A story whose articles carry markup and script where text belongs: a plain-text article with
 * both in a quotation and a hostile file name, and a JSON article with them in its title,
 * byline and publisher, quoting the same words so that the two form a group.
 */
export function hostileStory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-hostile-'));
  const quote = `Parents found ${HOSTILE.script} and ${HOSTILE.img} on the school website, which we take very seriously.`;
  writeFileSync(
    join(dir, HOSTILE.file),
    `Council leader Jane Doe said: "${quote}"\n\nThe council said 12 schools were affected.\n`,
  );
  writeFileSync(
    join(dir, 'wire.json'),
    JSON.stringify({
      id: 'wire',
      title: HOSTILE.title,
      byline: HOSTILE.byline,
      publisher: HOSTILE.publisher,
      published: '2024-03-01',
      text: `Jane Doe, the council leader, said: "${quote}"\n\nThe council said 14 schools were affected.\n`,
    }),
  );
  return dir;
}
