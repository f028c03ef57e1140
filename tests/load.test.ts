import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decode, looksBinary, sniffHtmlCharset } from '../src/load/decode.js';
import { loadArticles, type LoadEvent } from '../src/load/index.js';
import { normalisePublished, plainTextMeta } from '../src/load/meta.js';
import { frontMatter } from '../src/load/markdown.js';

async function load(inputs: string[], cwd: string, stdin?: string, stdinName?: string): Promise<LoadEvent[]> {
  const out: LoadEvent[] = [];
  for await (const ev of loadArticles(inputs, {
    cwd,
    stdinName,
    readStdin: async () => Buffer.from(stdin ?? '', 'utf8'),
  })) {
    out.push(ev);
  }
  return out;
}

const articles = (evs: LoadEvent[]) => evs.flatMap((e) => (e.kind === 'article' ? [e.article] : []));
const problems = (evs: LoadEvent[], kind: 'error' | 'warning') =>
  evs.flatMap((e) => (e.kind === 'error' && kind === 'error' ? [e.error] : e.kind === 'warning' && kind === 'warning' ? [e.warning] : []));

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-load-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('decode', () => {
  test.each([
    ['UTF-8 with BOM (dropped)', Buffer.from('\uFEFFCafé £5', 'utf8'), 'Café £5', 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café £5', 'utf16le')]), 'Café £5', 'utf-16le'],
    ['windows-1252 declared', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35]), 'Café £5', 'windows-1252'],
  ])('%s', (_name, bytes, text, encoding) => {
    const declared = encoding === 'windows-1252' ? 'windows-1252' : null;
    expect(decode(bytes, declared)).toMatchObject({ text, encoding });
  });

  test('undeclared UTF-8 stays UTF-8 even when the page claims a legacy charset', () => {
    expect(decode(Buffer.from('“£3.8m”', 'utf8'), 'windows-1252').text).toBe('“£3.8m”');
  });

  test('invalid UTF-8 without a declared charset is replaced and warned about', () => {
    const d = decode(Buffer.from([0x61, 0xff, 0x62, 0xc3]));
    expect(d.text).toBe('a\uFFFDb\uFFFD');
    expect(d.warning).toMatch(/invalid UTF-8: 2 byte sequences replaced/);
  });

  test('binary sniffing', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from('plain text\n', 'utf8'))).toBe(false);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi', 'utf16le')]))).toBe(false);
    expect(sniffHtmlCharset(Buffer.from('<html><head><meta charset="ISO-8859-1">'))).toBe('ISO-8859-1');
  });
});

describe('loadArticles', () => {
  test('folders are walked recursively in sorted order; ids are relative paths without extension', async () => {
    const dir = tree({ 'b.txt': 'B', 'a/z.md': 'Z', 'a/y.txt': 'Y', '.hidden.txt': 'H', 'c.TXT': 'C' });
    const evs = await load(['.'], dir);
    expect(articles(evs).map((a) => a.id)).toEqual(['a/y', 'a/z', 'b', 'c']);
    expect(articles(evs).map((a) => a.path)).toEqual(['a/y.txt', 'a/z.md', 'b.txt', 'c.TXT']);
  });

  test('a .txt body is the file text exactly, BOM dropped, CRLF kept', async () => {
    const dir = tree({ 'crlf.txt': '\uFEFFLine one.\r\n\r\nLine 2.\r\n' });
    const [a] = articles(await load(['crlf.txt'], dir));
    expect(a!.body).toBe('Line one.\r\n\r\nLine 2.\r\n');
  });

  test('UTF-16 files with a BOM are decoded', async () => {
    const dir = tree({ 'u16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It cost £12.', 'utf16le')]) });
    expect(articles(await load(['u16.txt'], dir))[0]!.body).toBe('It cost £12.');
  });

  test('an article file over the default 50 MB limit is refused with a message saying how to raise it; NDJSON archives are exempt', async () => {
    const { DEFAULT_MAX_BYTES } = await import('../src/load/index.js');
    const dir = tree({ 'small.txt': 'x' });
    // a sparse file: its size is over the limit without writing 50 MB
    const { truncateSync, writeFileSync: w } = await import('node:fs');
    w(path.join(dir, 'huge.txt'), '');
    truncateSync(path.join(dir, 'huge.txt'), DEFAULT_MAX_BYTES + 1);
    const evs = await load(['huge.txt', 'small.txt'], dir);
    expect(problems(evs, 'error')).toEqual([
      { path: 'huge.txt', message: `file is ${DEFAULT_MAX_BYTES + 1} bytes, over ${DEFAULT_MAX_BYTES} (the default limit; raise it with --max-bytes N, or 0 for none)` },
    ]);
    expect(articles(evs).map((a) => a.id)).toEqual(['small']);
  });

  test('an empty file is an article with an empty body', async () => {
    const dir = tree({ 'empty.txt': '' });
    expect(articles(await load(['empty.txt'], dir))).toMatchObject([{ id: 'empty', body: '' }]);
  });

  test('a symlink loop is reported once and the walk ends', async () => {
    const dir = tree({ 'd/a.txt': 'A' });
    symlinkSync(path.join(dir, 'd'), path.join(dir, 'd', 'loop'));
    const evs = await load(['d'], dir);
    expect(articles(evs).map((a) => a.id)).toEqual(['a']);
    expect(problems(evs, 'warning')).toEqual([{ path: path.join('d', 'loop'), message: 'skipped: directory symlink loop' }]);
  });

  test('.json: validated, id kept, published normalised, html bodies converted', async () => {
    const dir = tree({
      'one.json': JSON.stringify({ id: 'x-1', title: 'T', published: 'July 12, 2017', text: 'Body' }),
      'two.json': JSON.stringify({ html: '<p>First para.</p><p>Second &amp; last.</p><script>x=1</script>' }),
      'bad.json': JSON.stringify({ title: 'no text' }),
      'broken.json': '{"text": ',
    });
    const evs = await load(['one.json', 'two.json', 'bad.json', 'broken.json'], dir);
    expect(articles(evs)).toMatchObject([
      { id: 'x-1', title: 'T', published: '2017-07-12', body: 'Body', format: 'json' },
      { id: 'two', body: 'First para.\n\nSecond & last.' },
    ]);
    expect(problems(evs, 'error').map((e) => e.path)).toEqual(['bad.json', 'broken.json']);
    expect(problems(evs, 'error')[0]!.message).toMatch(/needs a "text" or an "html" field/);
  });

  test('duplicate ids are made unique with a warning', async () => {
    const dir = tree({ 'f.ndjson': '{"id":"same","text":"a"}\n{"id":"same","text":"b"}\n' });
    const evs = await load(['f.ndjson'], dir);
    expect(articles(evs).map((a) => a.id)).toEqual(['same', 'same~2']);
    expect(problems(evs, 'warning')[0]!.message).toMatch(/duplicate article id "same"/);
  });

  test('stdin takes its format from --stdin-name', async () => {
    const evs = await load(['-'], '/', '<html><body><p>It rained.</p></body></html>', 'page.html');
    expect(articles(evs)).toMatchObject([{ id: 'page', path: '-', format: 'html', body: 'It rained.' }]);
  });

  test('markdown front matter gives metadata and is excluded from extraction', async () => {
    const md = '---\ntitle: "Gap widens"\npublished: 2023-02-14\nauthor: Sam\n---\n# Heading\n\nText.';
    const dir = tree({ 'a.md': md });
    const [a] = articles(await load(['a.md'], dir));
    expect(a).toMatchObject({ title: 'Gap widens', published: '2023-02-14', byline: 'Sam', body: md });
    expect(a!.excluded).toEqual([{ start: 0, end: md.indexOf('# Heading'), rule: 'markup/front-matter' }]);
    expect(frontMatter('no front matter').end).toBe(0);
  });

  test('html: metadata from the head, blocks become paragraphs, scripts dropped', async () => {
    const html = `<html><head><title>Site | Story</title><meta property="og:title" content="Story">
      <meta property="article:published_time" content="2022-08-11T09:30:00+01:00"><meta name="author" content="Priya">
      <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Post"}}</script></head>
      <body><h1>Story</h1><p>One <b>bold</b> claim.</p><div>Two<br>lines</div><ul><li>item 1</li></ul><style>p{}</style></body></html>`;
    const dir = tree({ 'p.html': html });
    const [a] = articles(await load(['p.html'], dir));
    expect(a).toMatchObject({ title: 'Story', published: '2022-08-11T09:30:00+01:00', byline: 'Priya', publisher: 'Post' });
    expect(a!.body).toBe('Story\n\nOne bold claim.\n\nTwo\n\nlines\n\nitem 1');
  });

  test('html nested 20,000 deep does not overflow the stack', async () => {
    const deep = '<div>'.repeat(20000) + 'Deep text.' + '</div>'.repeat(20000);
    const dir = tree({ 'deep.html': `<html><body>${deep}</body></html>` });
    expect(articles(await load(['deep.html'], dir))[0]!.body).toBe('Deep text.');
  });
});

describe('metadata', () => {
  test.each([
    ['2017-07-12', '2017-07-12'],
    ['2017-07-12T10:00:00Z', '2017-07-12T10:00:00Z'],
    ['12 July 2017', '2017-07-12'],
    ['July 12, 2017', '2017-07-12'],
    ['Wed, 12 Jul 2017 10:00:00 GMT', '2017-07-12'],
    ['12th Sept 2017', '2017-09-12'],
    ['2017/7/2', '2017-07-02'],
    ['2017-02-30', null],
    ['', null],
    ['yesterday', null],
  ])('normalisePublished(%j) = %j', (raw, iso) => {
    expect(normalisePublished(raw)).toBe(iso);
  });

  test('plain text: labelled byline and date, and a headline that stands alone', () => {
    expect(plainTextMeta('Menu\nContact Us\n\nCouncil approves new budget plan\n\nAuthor: A Writer\n\nPublished: 3 May 2019\n\nText.')).toEqual({
      title: 'Council approves new budget plan',
      byline: 'A Writer',
      published: '2019-05-03',
    });
    expect(plainTextMeta('He said: “We will act on this report today”\n\nMore.').title).toBeNull();
  });

  test.each([
    ['Shooter charged with murder\nPublished April 11, 2007\nA man was charged.', 'Shooter charged with murder', '2007-04-11'],
    ['Quake hits southern region\nNovember 28, 2005\nA powerful earthquake hit.', 'Quake hits southern region', '2005-11-28'],
    ['Sun, 15 Sep 2013\nJewellers raided.', null, '2013-09-15'],
    ['Monday 16 September 2013 03.31 BST\nText.', null, '2013-09-16'],
    ['23 July 2013 Last updated at 13:42 GMT\nText.', null, '2013-07-23'],
    ['Friday, Sep 10, 2010 | Updated 8:52 PM EDT\nText.', null, '2010-09-10'],
    ['Updated 2 May 2019\n\nPublished: 1 May 2019\n\nText.', null, '2019-05-01'],
    ['In 2012 the council spent more than it had.\n', null, null],
    ['Mumbai, Nov 11 -\nPirates seized.', null, null],
  ])('datelines and first-line headlines: %j', (text, title, published) => {
    expect(plainTextMeta(text)).toMatchObject({ title, published });
  });
});
