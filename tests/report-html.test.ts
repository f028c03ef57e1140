/**
 * The HTML report as a string: article text stays text (markup and script in quotes, titles,
 * bylines, publishers and file names are escaped), and the page has the structure the
 * journalist reads (one matrix row per group, one column per source, a verdict symbol in every
 * filled cell, evidence with the claim marked). The browser test drives the same page in
 * Chromium (tests/browser/report.test.ts).
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VERDICT_ORDER, VERDICT_SYMBOL, claimValue } from '../src/report/check.js';
import { diffHtml, escapeHtml, formatCheckHtml, storyName } from '../src/report/html.js';
import type { CheckReport } from '../src/schema.js';
import { FIXTURE, HOSTILE, conflictStory, hostileStory, story, type Story } from './browser/story.js';

/** Tags the formatter writes; anything else in the output came from data. */
const OUR_TAGS = new Set(
  'html head meta title style body a header p h1 h2 h3 ul ol li b span table thead tbody tr th td caption div section fieldset legend button label input main blockquote mark code del ins time meter footer script wbr'.split(' '),
);

function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
}

function dom(html: string) {
  return parseHTML(html).document;
}

describe('escaping', () => {
  let dir: string;
  let s: Story;
  beforeAll(async () => {
    dir = hostileStory();
    s = await story(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the hostile story is what the test means: its payloads reach the check document', () => {
    const json = JSON.stringify(s.report);
    for (const payload of [HOSTILE.script, HOSTILE.img, HOSTILE.title, HOSTILE.publisher, HOSTILE.file.replace(/\.txt$/, '')]) {
      expect(json).toContain(payload.replace(/"/g, '\\"'));
    }
    expect(s.extras.bylines.get('wire')).toBe(HOSTILE.byline); // the check document has no bylines; the page gets them aside
    expect(s.report.groups.some((g) => g.type === 'quote' && g.claims.some((c) => c.text.includes(HOSTILE.script)))).toBe(true);
  });

  test('no markup from data: only the formatter’s own tags, one script, no event handlers', () => {
    const { html } = s;
    expect(html).not.toMatch(/<script>alert/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    expect(new Set(tagsOf(html).filter((t) => !OUR_TAGS.has(t)))).toEqual(new Set());
    expect(tagsOf(html).filter((t) => t === 'script')).toHaveLength(2); // <script> and </script>
    for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  });

  test('the payloads are shown as text, escaped where they stand', () => {
    expect(s.html).toContain(escapeHtml(HOSTILE.script));
    expect(s.html).toContain(escapeHtml(HOSTILE.img));
    expect(s.html).toContain(escapeHtml(HOSTILE.title));
    expect(s.html).toContain(escapeHtml(HOSTILE.byline));
    expect(s.html).toContain(escapeHtml(HOSTILE.publisher));
    const doc = dom(s.html);
    const text = doc.body.textContent ?? '';
    for (const payload of [HOSTILE.script, HOSTILE.img, HOSTILE.title, HOSTILE.byline, HOSTILE.publisher]) expect(text).toContain(payload);
    expect(doc.querySelectorAll('img, svg, iframe, object, embed')).toHaveLength(0);
  });

  test('a quote in an attribute cannot end it: data attributes and ids hold no raw data', () => {
    const doc = dom(s.html);
    for (const el of doc.querySelectorAll('[data-group]')) {
      expect(el.getAttribute('data-group')).toMatch(/^(figure|date|quote|finding)-\d+$/);
      expect(VERDICT_ORDER).toContain(el.getAttribute('data-verdict'));
    }
    // The hostile file name is a column header, escaped, and did not open an attribute or a tag.
    const heads = [...doc.querySelectorAll('table.matrix thead th')].map((th) => th.textContent);
    expect(heads).toContain(HOSTILE.publisher);
    expect(heads).toContain(HOSTILE.file.replace(/\.txt$/, ''));
  });

  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ["it's & that", 'it&#39;s &amp; that'],
    ['a\u0000b', 'a\uFFFDb'],
    ['plain “curly” £3.8m', 'plain “curly” £3.8m'],
  ])('escapeHtml(%j)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  test('a word diff escapes its words and marks deletions and insertions', () => {
    expect(diffHtml([{ op: 'equal', text: 'a <b>' }, { op: 'delete', text: '"x"' }, { op: 'insert', text: '&y' }])).toBe(
      'a &lt;b&gt; <del>&quot;x&quot;</del> <ins>&amp;y</ins>',
    );
  });
});

describe('structure, on the fixture story with one figure edited into a conflict', () => {
  let dir: string;
  let s: Story;
  let doc: ReturnType<typeof dom>;
  beforeAll(async () => {
    dir = conflictStory();
    s = await story(dir);
    doc = dom(s.html);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('one matrix row per group, one column per source, in verdict order', () => {
    const { report } = s;
    const rows = [...doc.querySelectorAll('table.matrix tbody tr')];
    expect(rows).toHaveLength(report.groups.length);
    expect(doc.querySelectorAll('table.matrix thead th')).toHaveLength(report.articles.length + 1);
    for (const row of rows) expect(row.querySelectorAll('td')).toHaveLength(report.articles.length);
    const order = rows.map((r) => VERDICT_ORDER.indexOf(r.getAttribute('data-verdict') as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(rows[0]!.getAttribute('data-verdict')).toBe('conflict');
    expect(rows[1]!.getAttribute('data-verdict')).toBe('variant');
  });

  test('every filled cell carries its verdict symbol; every empty cell is empty', () => {
    const { report } = s;
    for (const row of doc.querySelectorAll('table.matrix tbody tr')) {
      const group = report.groups.find((g) => g.id === row.getAttribute('data-group'))!;
      const cells = [...row.querySelectorAll('td')];
      report.articles.forEach((a, i) => {
        const td = cells[i]!;
        const mine = group.claims.filter((c) => c.article === a.id);
        if (mine.length) {
          expect(td.querySelector('.sym')?.textContent).toBe(VERDICT_SYMBOL[group.verdict]);
          expect(td.querySelector('.sym')?.getAttribute('aria-label')).toBeTruthy();
          expect(td.querySelectorAll('li')).toHaveLength(mine.length);
        } else expect(td.innerHTML).toBe('');
      });
    }
  });

  test('the conflict row shows ✗ and each source’s value', () => {
    const conflict = s.report.groups.find((g) => g.verdict === 'conflict')!;
    expect(conflict.type).toBe('figure');
    const row = doc.querySelector(`tr[data-group="${conflict.id}"]`)!;
    const col = s.report.articles.findIndex((a) => a.id === '004_7c4424ff75a35e16');
    const cell = row.querySelectorAll('td')[col]!;
    expect(cell.textContent).toContain('✗');
    expect(cell.textContent).toContain('4,800,000 GBP');
    expect(cell.textContent).toContain('£4.8 million');
    for (const c of conflict.claims) expect(row.textContent).toContain(claimValue(c));
  });

  test('the header names the story, the sources and the counts per verdict', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Ofsted inspection');
    expect(doc.querySelectorAll('table.sources tbody tr')).toHaveLength(5);
    expect(doc.querySelector('table.sources')?.textContent).toContain('Brendan Steinhardt');
    const summary = doc.querySelector('.summary')!.textContent!;
    for (const v of VERDICT_ORDER) expect(summary).toContain(`${VERDICT_SYMBOL[v]} ${s.report.summary[v]}`);
  });

  test('evidence: one section per group, each claim in its sentence with the claim marked, and path:line', () => {
    const sections = [...doc.querySelectorAll('section.group')];
    expect(sections).toHaveLength(s.report.groups.length);
    for (const g of s.report.groups) {
      const section = doc.querySelector(`section[data-group="${g.id}"]`)!;
      const items = [...section.querySelectorAll('ol > li')];
      expect(items).toHaveLength(g.claims.length);
      g.claims.forEach((c, i) => {
        const item = items[i]!;
        expect(item.querySelector('code')?.textContent).toBe(`${c.path}:${c.line}:${c.column}`);
        const sentence = s.extras.sentenceOf(c.article, c.claim);
        expect(sentence, `${c.article} ${c.claim}`).not.toBeNull();
        expect(item.querySelector('blockquote')?.textContent).toBe(sentence!.sentence);
        const marked = item.querySelector('mark')!.textContent!;
        // Figures, dates and findings stand in the body as written; a quote's span runs from mark to mark.
        if (g.type === 'quote') expect(marked.replace(/\s+/g, ' ')).toContain(c.text.split(/\s+/)[0]);
        else expect(marked).toBe(c.text);
      });
    }
  });

  test('a variant shows its word-level difference', () => {
    const variant = s.report.groups.find((g) => g.verdict === 'variant')!;
    const section = doc.querySelector(`section[data-group="${variant.id}"]`)!;
    expect(section.querySelector('.diff del')?.textContent).toBe('risk');
    expect(section.querySelector('.diff ins')?.textContent).toBe('the risks');
  });

  test('the text-reuse table lists every pair that shares sentences', () => {
    const pairs = s.report.reuse.filter((r) => r.shared > 0);
    expect(pairs.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('table.reuse tbody tr')).toHaveLength(pairs.length);
  });

  test('filters and search are real controls with labels', () => {
    const verdicts = [...doc.querySelectorAll('button[data-filter="verdict"]')];
    expect(verdicts.map((b) => b.getAttribute('data-value'))).toEqual([...VERDICT_ORDER]);
    for (const b of doc.querySelectorAll('button[data-filter]')) expect(b.getAttribute('aria-pressed')).toBe('false');
    expect(doc.querySelectorAll('button[data-filter="type"]')).toHaveLength(4);
    const input = doc.querySelector('input[type="search"]')!;
    expect(doc.querySelector(`label[for="${input.getAttribute('id')}"]`)?.textContent).toBe('Search');
  });

  test('self-contained: nothing to fetch, and the policy allows exactly the page’s own style and script', () => {
    const { html } = s;
    expect(html).not.toMatch(/\s(src|srcset|action|poster)=/i);
    for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^#/);
    expect(doc.querySelectorAll('link')).toHaveLength(0);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(doc.querySelector('script')!.textContent!)}`);
    expect(csp).toContain(`style-src ${hash(doc.querySelector('style')!.textContent!)}`);
  });
});

describe('pages without the extras', () => {
  test('without sentences, the claim’s words stand marked alone; without titles, the story is named by its size', async () => {
    const { report } = await story(FIXTURE);
    const bare: CheckReport = { ...report, articles: report.articles.map((a) => ({ ...a, title: null })) };
    const doc = dom(formatCheckHtml(bare));
    expect(doc.querySelector('h1')?.textContent).toBe('A story in 5 sources');
    const first = bare.groups[0]!;
    expect(doc.querySelector(`section[data-group="${first.id}"] blockquote`)?.textContent).toBe(first.claims[0]!.text);
  });

  test('an empty story still makes a page', () => {
    const empty: CheckReport = {
      schema: 'claimcheck/check@1',
      articles: [],
      groups: [],
      reuse: [],
      summary: { articles: 0, claims: 0, agree: 0, conflict: 0, variant: 0, attribution: 0, single: 0 },
      errors: [{ path: 'gone<1>.txt', message: 'no such file or directory' }],
    };
    const html = formatCheckHtml(empty);
    expect(html).toContain('gone&lt;1&gt;.txt');
    expect(dom(html).querySelectorAll('table.matrix tbody tr')).toHaveLength(0);
  });
});

describe('storyName: the words most titles share', () => {
  test.each([
    [['Barnet pledges to improve children’s services following Ofsted inspection', 'OFSTED inspection findings'], 'Ofsted inspection'],
    [['Flood warning for the Severn', 'Severn flood: homes evacuated', 'Homes flooded as Severn bursts banks'], 'Flood Severn homes'],
    [['A single title stays whole'], 'A single title stays whole'],
    [['Nothing in common here', 'Quite different words'], 'Nothing in common here'],
    [[], null],
  ])('%j → %j', (titles, expected) => {
    expect(storyName(titles)).toBe(expected);
  });
});
