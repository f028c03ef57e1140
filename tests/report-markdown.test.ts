/**
 * The Markdown report of the fixture story, checked against a committed snapshot: a change to
 * the report's wording or layout shows up as a reviewable diff of tests/snapshots/barnet.md.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { check } from '../src/index.js';
import { formatCheckMarkdown } from '../src/report/check.js';

const here = path.dirname(fileURLToPath(import.meta.url));

test('the fixture story as a Markdown report', async () => {
  const report = await check([path.join(here, '..', 'fixtures', 'barnet-ofsted-2017')], { cwd: path.join(here, '..') });
  // paths in the report are as given; make them relative so the snapshot holds on any machine
  const md = formatCheckMarkdown(report).split(path.join(here, '..') + path.sep).join('');
  await expect(md).toMatchFileSnapshot(path.join(here, 'snapshots', 'barnet.md'));
  expect(md).toMatch(/^# claimcheck report/);
  expect(md).toMatch(/~~risk~~ \*\*the risks\*\*/);
});
