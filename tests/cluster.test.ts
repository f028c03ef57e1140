/** Story clustering on small hand-made archives, the `cluster` command, and `check` per story. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clusterCommand } from '../src/cli/cluster.js';
import type { Io } from '../src/cli/io.js';
import { cluster, clusterItem, clusterItems, dateFactor, storiesOf, storyId, type ClusterInput } from '../src/cluster/index.js';
import { averageLinkage } from '../src/cluster/linkage.js';
import { estimate, nearDuplicates, signature } from '../src/cluster/minhash.js';
import { ClusterReport } from '../src/cluster/schema.js';
import { check } from '../src/compare/index.js';
import { extractDocument } from '../src/extract/index.js';
import { loadArticles } from '../src/load/index.js';
import { CheckReport, CHECK_SCHEMA } from '../src/schema.js';
import { articleFromText } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const story = path.join(root, 'fixtures', 'barnet-ofsted-2017');

function input(id: string, text: string, published: string | null = null): ClusterInput {
  const { extracted, doc } = extractDocument(articleFromText(text, { id, published }));
  return { article: extracted, doc };
}

/** Two warehouse fires of the same kind, in different towns on different days. */
const FIRES = [
  input('fire-a1', 'Four people were injured when fire swept through a timber warehouse in Millbrook on 3 March. Fire crews from Oakdene and Millbrook fought the blaze for six hours, said station manager Priya Okafor. The warehouse, owned by Hollins Timber, was destroyed.', '2021-03-04'),
  input('fire-a2', 'A blaze destroyed the Hollins Timber warehouse in Millbrook on 3 March, injuring four people. Station manager Priya Okafor said crews from Oakdene fought the fire for six hours. Hollins Timber said the warehouse would be rebuilt.', '2021-03-04'),
  input('fire-a3', 'Police are investigating the cause of the fire at the Hollins Timber warehouse in Millbrook, in which four people were injured on 3 March. Priya Okafor, the station manager, said the blaze started in a store room.', '2021-03-05'),
  input('fire-b1', 'Two firefighters were injured when fire swept through a paper warehouse in Castlereagh on 19 August. Crews fought the blaze through the night, said watch commander Tomasz Brennan. The warehouse, owned by Vantage Paper, was destroyed.', '2022-08-20'),
  input('fire-b2', 'A blaze destroyed the Vantage Paper warehouse in Castlereagh on 19 August, injuring two firefighters. Watch commander Tomasz Brennan said crews fought the fire through the night. Vantage Paper said the warehouse would not reopen.', '2022-08-20'),
];

/** One event, the agency's copy printed by several outlets with their own heads and tails. */
const WIRE_TEXT =
  'The central bank of Eldoria raised its main interest rate to 4.5 per cent on Tuesday, the third rise this year, as inflation reached 7.2 per cent. Governor Helena Marsh said the bank would act again if prices kept rising. Economists had expected the rise after figures published last week showed food prices up 11 per cent on a year earlier. The currency rose against the dollar after the announcement.';
const WIRE = [
  input('wire-1', `Eldoria raises rates again\n\n${WIRE_TEXT}`, '2023-05-09'),
  input('wire-2', `${WIRE_TEXT}\n\nReporting by the agency's economics desk.`, '2023-05-09'),
  input('wire-3', `Rates up to 4.5 per cent\n\n${WIRE_TEXT} Share this article.`, '2023-05-10'),
];

const LONE = input('lone', 'The village of Upper Thornby held its annual scarecrow contest at the weekend, with a knitted astronaut taking first prize among 40 entries judged by schoolchildren.', '2023-10-02');

const ARCHIVE = [...FIRES, ...WIRE, LONE];

const ids = (r: ClusterReport) => r.stories.map((s) => s.articles);

describe('cluster', () => {
  test('two events of the same kind on different days stay two stories', () => {
    const r = cluster(FIRES);
    expect(ids(r)).toEqual([
      ['fire-a1', 'fire-a2', 'fire-a3'],
      ['fire-b1', 'fire-b2'],
    ]);
    expect(r.unclustered).toEqual([]);
  });

  test('a wire copy in several outlets is one story; an article that fits no story is unclustered', () => {
    const r = cluster(ARCHIVE);
    expect(ids(r)).toContainEqual(['wire-1', 'wire-2', 'wire-3']);
    expect(r.unclustered).toEqual(['lone']);
    expect(r.stories).toHaveLength(3);
  });

  test('the report is the schema, with span, label and ids', () => {
    const r = ClusterReport.parse(cluster(ARCHIVE));
    const wire = r.stories.find((s) => s.articles.includes('wire-1'))!;
    expect(wire.span).toEqual({ from: '2023-05-09', to: '2023-05-10' });
    expect(wire.id).toBe(storyId(wire.articles));
    expect(wire.id).toMatch(/^story-[0-9a-f]{10}$/);
    expect(wire.label.length).toBeGreaterThan(0);
    expect(r.stories.map((s) => s.span.from)).toEqual([...r.stories.map((s) => s.span.from)].sort());
  });

  test('the same archive in any order gives the same stories and ids', () => {
    const base = JSON.stringify(cluster(ARCHIVE));
    const reversed = [...ARCHIVE].reverse();
    const shuffled = [5, 2, 8, 0, 7, 3, 1, 6, 4].map((i) => ARCHIVE[i]!);
    expect(JSON.stringify(cluster(reversed))).toBe(base);
    expect(JSON.stringify(cluster(shuffled))).toBe(base);
  });

  test('a stricter threshold leaves more unclustered; an empty archive has no stories', () => {
    expect(cluster(FIRES, { threshold: 0.99 }).unclustered.length).toBeGreaterThan(0);
    expect(cluster([])).toEqual({ schema: 'claimcheck/cluster@1', stories: [], unclustered: [] });
  });

  test('an archive clustered from cluster items, made one article at a time, is the same; an item keeps no text or claims', () => {
    const items = ARCHIVE.map(clusterItem);
    expect(clusterItems(items)).toEqual(cluster(ARCHIVE));
    expect(clusterItems([...items].reverse())).toEqual(cluster(ARCHIVE));
    const item = items[0]!;
    expect(Object.keys(item).sort()).toEqual(['features', 'id', 'path', 'published', 'signature', 'title']);
    expect(Object.keys(item.features).sort()).toEqual(['entities', 'facts', 'lead', 'names', 'words']);
    // what it holds is a fraction of the article: stems, names and a 64-number signature
    const body = ARCHIVE[0]!.doc.article.body;
    expect(item.features.lead.length).toBeLessThan(body.length);
    expect(item.signature).toHaveLength(64);
  });

  test('storiesOf hands back the inputs of each story', () => {
    const { stories, unclustered } = storiesOf(ARCHIVE);
    expect(stories.map((s) => s.inputs.map((i) => i.article.id))).toEqual(stories.map((s) => s.story.articles));
    expect(unclustered.map((u) => u.article.id)).toEqual(['lone']);
  });
});

describe('cluster parts', () => {
  test.each([
    [null, '2020-01-01', 1],
    [100, 103, 1],
    [100, 107, 1],
    [100, 114, 0.5],
  ])('dateFactor(%s, %s) with a 7-day window is %s', (a, b, f) => {
    const day = (x: number | string | null) => (typeof x === 'string' ? Math.round(Date.parse(x) / 86_400_000) : x);
    expect(dateFactor(day(a), day(b), 7)).toBeCloseTo(f);
  });

  test('MinHash finds copies, not different texts', () => {
    const a = signature(WIRE_TEXT)!;
    const b = signature(`Headline here. ${WIRE_TEXT}`)!;
    const c = signature(FIRES[0]!.doc.article.body)!;
    expect(estimate(a, b)).toBeGreaterThan(0.8);
    expect(estimate(a, c)).toBeLessThan(0.1);
    expect(nearDuplicates([a, c, b], 0.5)).toEqual([[0, 2]]);
    expect(signature('too short')).toBeNull();
  });

  test('thousands of copies of one text tie into one group (they overflowed a set of every pair)', () => {
    const wire = signature(WIRE_TEXT)!;
    const other = signature(FIRES[0]!.doc.article.body)!;
    // 8,000 copies, a rewritten copy, and one other text
    const sigs = [...Array<Uint32Array>(8000).fill(wire), signature(`Headline here. ${WIRE_TEXT}`)!, other];
    const pairs = nearDuplicates(sigs, 0.5);
    expect(pairs.length).toBeLessThan(sigs.length);
    const groups = averageLinkage(sigs.length, [], 0.3, pairs);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toHaveLength(8001);
    expect(groups[1]).toEqual([8001]);
  });

  test('average linkage does not chain through one bridging pair', () => {
    // 0-1-2 tight, 3-4-5 tight, one strong edge 2-3: two clusters (single linkage would make one)
    const e = (a: number, b: number, sim: number) => ({ a, b, sim });
    const edges = [e(0, 1, 0.9), e(0, 2, 0.8), e(1, 2, 0.85), e(3, 4, 0.9), e(3, 5, 0.8), e(4, 5, 0.85), e(2, 3, 0.7)];
    expect(averageLinkage(6, edges, 0.3)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(averageLinkage(3, [], 0.3, [[2, 0]])).toEqual([[0, 2], [1]]);
  });
});

/** A mixed folder: the fixture story plus short articles of other events. */
function mixedFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cluster-'));
  cpSync(story, path.join(dir, 'barnet'), { recursive: true });
  const own: Record<string, string> = {
    'bridge-1.txt': 'Published: 12 May 2022\n\nThe Kestrel Bridge over the river Wend will close for 18 months from June for repairs costing £42 million, Wendham county council said. Council leader Amir Dalton said the closure was unavoidable.',
    'bridge-2.txt': 'Published: 13 May 2022\n\nWendham county council will shut the Kestrel Bridge for 18 months from June. The £42 million repairs were unavoidable, council leader Amir Dalton said, after cracks were found in its piers.',
    'marathon-1.txt': 'Published: 3 October 2021\n\nKenyan runner Ruth Chepkoech won the Harbourside marathon in 2 hours 21 minutes on Sunday, ahead of 9,000 runners. "The wind was hard today," Chepkoech said.',
    'marathon-2.txt': 'Published: 3 October 2021\n\nRuth Chepkoech won the Harbourside marathon on Sunday in 2 hours 21 minutes. The Kenyan said the wind on the harbour front made the last miles hard for the 9,000 runners.',
    'orchard.txt': 'Published: 20 September 2023\n\nA community orchard in Pellow has planted 60 heritage apple trees donated by a local nursery, volunteers said.',
  };
  for (const [name, text] of Object.entries(own)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function load(dir: string) {
  const out: ClusterInput[] = [];
  for await (const ev of loadArticles([dir], { cwd: dir })) {
    if (ev.kind === 'article') {
      const { extracted, doc } = extractDocument(ev.article);
      out.push({ article: extracted, doc });
    }
  }
  return out;
}

function memoryIo(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: { write: (s: string) => ((out.stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((out.stderr += s), true), isTTY: false },
    stdin: null,
    env: {},
    cwd,
  };
  return { io, out };
}

describe('a mixed folder', () => {
  test('storiesOf + check: one check document per story, the fixture story whole', async () => {
    const inputs = await load(mixedFolder());
    const { stories, unclustered } = storiesOf(inputs);
    const byStory = stories.map((s) => CheckReport.parse({ ...check(s.inputs), errors: [] }));
    expect(byStory.every((d) => d.schema === CHECK_SCHEMA)).toBe(true);
    const members = stories.map((s) => s.story.articles);
    expect(members).toContainEqual(expect.arrayContaining(['barnet/000_aaf2051f71d1e3ca', 'barnet/004_7c4424ff75a35e16']));
    const barnet = members.find((m) => m.some((id) => id.startsWith('barnet/')))!;
    expect(barnet).toHaveLength(5);
    expect(members).toContainEqual(['bridge-1', 'bridge-2']);
    expect(members).toContainEqual(['marathon-1', 'marathon-2']);
    expect(unclustered.map((u) => u.article.id)).toEqual(['orchard']);
    const barnetCheck = byStory[members.indexOf(barnet)]!;
    expect(barnetCheck.summary.articles).toBe(5);
    expect(barnetCheck.summary.agree).toBeGreaterThan(0);
  });

  test('clusterCommand prints the cluster document (json), a story per line (ndjson), and text', async () => {
    const dir = mixedFolder();
    const json = memoryIo(dir);
    expect(await clusterCommand(['.'], { format: 'json', keepBoilerplate: false, quiet: false }, json.io)).toBe(0);
    const doc = ClusterReport.parse(JSON.parse(json.out.stdout));
    expect(doc.stories).toHaveLength(3);
    expect(json.out.stderr).toBe('3 stories from 10 articles, 1 unclustered\n');
    const nd = memoryIo(dir);
    await clusterCommand(['.'], { format: 'ndjson', keepBoilerplate: false, quiet: true }, nd.io);
    const lines = nd.out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, -1)).toEqual(doc.stories);
    expect(lines.at(-1)).toEqual({ unclustered: ['orchard'] });
    expect(nd.out.stderr).toBe('');
    const text = memoryIo(dir);
    await clusterCommand(['.'], { format: 'text', keepBoilerplate: false, quiet: true, threshold: 0.3 }, text.io);
    expect(text.out.stdout).toContain(doc.stories[0]!.id);
    expect(text.out.stdout).toMatch(/unclustered {2}1 articles\n {4}orchard\n/);
  });
});
