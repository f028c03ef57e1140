/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core, offline
 * (file:// only, a fresh profile, background networking off). Opens the report of the fixture
 * story with one figure edited into a conflict, checks the matrix, the conflict cell, the
 * filters, search, keyboard, print and phone layouts, and that a story carrying script in its
 * text runs none. Saves screenshots under tests/artifacts/ (ignored by git);
 * `UPDATE_DOCS_SCREENSHOT=1` also writes docs/report.png for the README.
 *
 * Skips, saying why, when there is no Chromium at /usr/bin/chromium (or $CHROMIUM_PATH) or no
 * playwright-core, so `npm test` passes on machines without a browser.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VERDICT_SYMBOL } from '../../src/report/check.js';
import { HOSTILE, conflictStory, hostileStory, story, type Story } from './story.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const EDITED = '004_7c4424ff75a35e16';

async function playwright(): Promise<typeof import('playwright-core') | string> {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (install it: apt-get install -y chromium, or set CHROMIUM_PATH)`;
  try {
    return await import('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm install)';
  }
}

const pw = await playwright();
const skipped = typeof pw === 'string' ? pw : null;
if (skipped) console.warn(`tests/browser/report.test.ts skipped: ${skipped}`);

describe.skipIf(skipped !== null)(`the HTML report in Chromium${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  const dirs: string[] = [];
  let context: BrowserContext;
  let page: Page;
  let conflict: Story;
  let hostile: Story;
  let reportUrl: string;
  let hostileUrl: string;
  /** Requests for anything but file:// (none expected), console errors and uncaught exceptions of every page. */
  const offline: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (typeof pw === 'string') return;
    const pages = mkdtempSync(join(tmpdir(), 'claimcheck-pages-'));
    const conflictDir = conflictStory();
    const hostileDir = hostileStory();
    dirs.push(pages, conflictDir, hostileDir, mkdtempSync(join(tmpdir(), 'claimcheck-chromium-')));
    conflict = await story(conflictDir, { showAs: 'barnet-ofsted-2017-edited' });
    hostile = await story(hostileDir);
    writeFileSync(join(pages, 'report.html'), conflict.html);
    writeFileSync(join(pages, 'hostile.html'), hostile.html);
    reportUrl = pathToFileURL(join(pages, 'report.html')).href;
    hostileUrl = pathToFileURL(join(pages, 'hostile.html')).href;

    context = await pw.chromium.launchPersistentContext(dirs[3]!, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await context.route(/^(?!file:)/, (route) => {
      offline.push(route.request().url());
      return route.abort();
    });
    context.on('page', watch);
    context.pages().forEach(watch);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(reportUrl);
  }, 30_000);

  function watch(p: Page): void {
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  }

  afterAll(async () => {
    await context?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const rows = () => page.locator('table.matrix tbody tr');
  const visibleRows = () => page.locator('table.matrix tbody tr:visible');
  const button = (kind: string, value: string) => page.locator(`button[data-filter="${kind}"][data-value="${value}"]`);

  test('the matrix: one row per group, one column per source, and the script ran under the page’s policy', async () => {
    await expect.poll(() => page.locator('table.matrix').isVisible()).toBe(true);
    expect(await rows().count()).toBe(conflict.report.groups.length);
    expect(await page.locator('table.matrix thead th').count()).toBe(conflict.report.articles.length + 1);
    expect(await page.locator('#toolbar').isVisible()).toBe(true); // hidden until the script runs
    expect(await page.locator('#status').textContent()).toBe(`Showing all ${conflict.report.groups.length} groups`);
  });

  test('the conflict cell shows ✗ and the conflicting value', async () => {
    const row = page.locator('tr[data-verdict="conflict"]');
    expect(await row.count()).toBe(1);
    const col = conflict.report.articles.findIndex((a) => a.id === EDITED);
    const cell = row.locator('td').nth(col);
    expect(await cell.isVisible()).toBe(true);
    const text = await cell.innerText();
    expect(text).toContain(VERDICT_SYMBOL.conflict);
    expect(text).toContain('4,800,000 GBP');
    expect(text).toContain('£4.8 million');
    // the other sources' value stands in the same row
    expect(await row.innerText()).toContain('3,800,000 GBP');
  });

  test('a verdict filter hides the other rows and their evidence; pressing it again shows them', async () => {
    const total = conflict.report.groups.length;
    await button('verdict', 'conflict').click();
    expect(await button('verdict', 'conflict').getAttribute('aria-pressed')).toBe('true');
    expect(await visibleRows().count()).toBe(1);
    expect(await page.locator('table.matrix tbody tr:visible[data-verdict="conflict"]').count()).toBe(1);
    expect(await page.locator('section.group:visible').count()).toBe(1);
    expect(await page.locator('#status').textContent()).toBe(`Showing 1 of ${total} groups`);
    await button('verdict', 'variant').click();
    expect(await visibleRows().count()).toBe(2);
    await button('verdict', 'conflict').click();
    await button('verdict', 'variant').click();
    expect(await visibleRows().count()).toBe(total);
  });

  test('a type filter keeps only its type', async () => {
    await button('type', 'quote').click();
    const types = await visibleRows().evaluateAll((els) => els.map((el) => el.getAttribute('data-type')));
    expect(types.length).toBe(conflict.report.groups.filter((g) => g.type === 'quote').length);
    expect(new Set(types)).toEqual(new Set(['quote']));
    await page.locator('#reset').click();
    expect(await visibleRows().count()).toBe(conflict.report.groups.length);
  });

  test('search narrows the rows to groups whose words match, Escape clears it', async () => {
    await page.locator('#q').fill('munday');
    const shown = await visibleRows().evaluateAll((els) => els.map((el) => el.getAttribute('data-group')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(conflict.report.groups.length);
    for (const id of shown) {
      const evidence = await page.locator(`section.group[data-group="${id}"]`).innerText();
      const row = await page.locator(`tr[data-group="${id}"]`).innerText();
      expect(`${row} ${evidence}`.toLowerCase()).toContain('munday');
    }
    await page.locator('#q').press('Escape');
    expect(await page.locator('#q').inputValue()).toBe('');
    expect(await visibleRows().count()).toBe(conflict.report.groups.length);
  });

  test('keyboard: / jumps to search, Space presses a filter button', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.locator('#q').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await button('verdict', 'variant').focus();
    await page.keyboard.press('Space');
    expect(await button('verdict', 'variant').getAttribute('aria-pressed')).toBe('true');
    expect(await visibleRows().count()).toBe(1);
    await page.keyboard.press('Space');
    expect(await visibleRows().count()).toBe(conflict.report.groups.length);
  });

  test('prints without the toolbar', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#toolbar').isVisible()).toBe(false);
    expect(await page.locator('table.matrix').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#toolbar').isVisible()).toBe(true);
  });

  test('screenshots: a laptop, and a phone where the matrix scrolls sideways under a sticky first column', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const laptop = join(ARTIFACTS, 'report.png');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: laptop });
    expect(statSync(laptop).size).toBeGreaterThan(10_000);
    if (process.env.UPDATE_DOCS_SCREENSHOT) {
      // The README's picture: the same page, tall enough to show the first rows of the matrix.
      await page.setViewportSize({ width: 1280, height: 1400 });
      await page.screenshot({ path: join(ROOT, 'docs', 'report.png') });
      await page.setViewportSize({ width: 1280, height: 1000 });
    }

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(reportUrl);
    const layout = (await phone.evaluate(`(() => {
      const scroller = document.querySelector('table.matrix').parentElement;
      const first = document.querySelector('table.matrix tbody th.rowh');
      return { scrolls: scroller.scrollWidth > scroller.clientWidth, pageScrolls: document.documentElement.scrollWidth > window.innerWidth, position: getComputedStyle(first).position };
    })()`)) as { scrolls: boolean; pageScrolls: boolean; position: string };
    expect(layout).toEqual({ scrolls: true, pageScrolls: false, position: 'sticky' });
    await phone.evaluate(`document.getElementById('matrix').scrollIntoView()`);
    await phone.screenshot({ path: join(ARTIFACTS, 'report-phone.png') });
    await phone.close();
  });

  test('a story with <script> and onerror= in its text runs no script and shows the words', async () => {
    const dialogs: string[] = [];
    const p = await context.newPage();
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await p.goto(hostileUrl);
    await p.waitForLoadState('load');
    await p.waitForTimeout(200); // room for an onerror that would fire after load
    expect(dialogs).toEqual([]);
    expect(await p.locator('img, svg, iframe').count()).toBe(0);
    const text = await p.locator('body').innerText();
    for (const payload of [HOSTILE.script, HOSTILE.img, HOSTILE.title, HOSTILE.byline, HOSTILE.publisher]) expect(text).toContain(payload);
    expect(await p.locator('#toolbar').isVisible()).toBe(true); // our own script did run
    await p.close();
  });

  test('offline and clean: no request left file://, no console error, no uncaught exception', () => {
    expect(offline).toEqual([]);
    expect(problems).toEqual([]);
  });
});
