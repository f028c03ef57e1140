#!/usr/bin/env node
/**
 * `npm run fuzz`: FUZZ_RUNS (default 100,000) generated inputs through the whole pipeline —
 * bytes → decode → (HTML → text for one in eight) → segment → every extractor — checking what
 * the property tests check: no exception, every claim's offsets inside the body and in order,
 * the same input giving the same output. Prints the count and the crash total; the first few
 * crashing inputs are written to FUZZ_OUT (default: a temporary folder) to be turned into tests.
 * `FUZZ_RUNS=3000` is the size CI runs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractArticle } from '../dist/extract/index.js';
import { decode } from '../dist/load/decode.js';
import { htmlToText } from '../dist/load/html.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
let seed = Number(process.env.FUZZ_SEED ?? 0xc1a1);
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];

const PIECES = [
  '£', '$', '€', 'US$', '3.8', '2,849', '1,1,1', '14%', ' per cent', 'million', 'bn', ' to ', 'between ', ' and ', 'more than ',
  'eight', 'sixty-three', 'a dozen', 'January', 'May', ' 2017', '18 July', 'last year', 'on Monday', '“', '”', '"', '‘', '’', "'",
  '«', '»', '„', '‹', '›', '.', '. ', '!', '?', '…', ',', ':', ';', '(', ')', 'Mr. ', 'Dr. ', 'U.S. ', 'a.m.', '\n', '\n\n', '\r\n',
  '\r', '\u2028', '\u200b', '\u200d', '\u200f', '\u202e', '\ufeff', '\ud83d\ude00', '\ud800', '\udc00', '\u0301', '\u00a0', '\t',
  ' said ', 'according to ', 'a study found ', 'Police', 'Jane Doe', 'the council', 'children', 'people', '<p>', '</p>', '<div>',
  '<script>', '</script>', '&amp;', '&#0;', '&#x110000;', '<!--', '-->', '<br/>', '#', '---\n', 'title: x\n', '%', '0', '00000',
];
function text() {
  const parts = [];
  const n = int(60);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.6) parts.push(pick(PIECES));
    else if (r < 0.75) parts.push(String(int(10 ** (1 + int(9)))));
    else if (r < 0.9) {
      let s = '';
      for (let k = int(12); k > 0; k--) s += String.fromCharCode(int(0x10000));
      parts.push(s);
    } else parts.push(pick(PIECES).repeat(1 + int(200)));
  }
  return parts.join(rand() < 0.5 ? '' : ' ');
}
function bytesOf(s) {
  const r = rand();
  if (r < 0.8) return Buffer.from(s, 'utf8');
  if (r < 0.9) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  const b = Buffer.from(s, 'utf8');
  for (let k = 0; k < 4 && b.length; k++) b[int(b.length)] = int(256);
  return b;
}
const article = (body) => ({ id: 'f', path: 'f.txt', format: 'txt', title: null, publisher: null, published: rand() < 0.5 ? '2017-07-12' : null, byline: null, url: null, body, excluded: [] });

function check(bytes, html) {
  let body = decode(bytes).text;
  if (html) body = htmlToText(body).body;
  const a = article(body);
  const x = extractArticle(a);
  let last = 0;
  for (const c of x.claims) {
    if (!(c.start >= 0 && c.end > c.start && c.end <= body.length)) throw new Error(`offsets out of range: ${c.start}-${c.end} in ${body.length}`);
    if (c.start < last) throw new Error('claims out of order');
    last = c.start;
    if (c.type !== 'quote' && body.slice(c.start, c.end) !== c.text) throw new Error(`claim text is not body.slice(start, end): ${JSON.stringify(c.text)}`);
  }
  if (JSON.stringify(extractArticle(a)) !== JSON.stringify(x)) throw new Error('not deterministic');
}

const out = process.env.FUZZ_OUT ?? mkdtempSync(path.join(os.tmpdir(), 'claimcheck-fuzz-'));
const t0 = performance.now();
let crashes = 0;
const kinds = new Map();
for (let i = 0; i < RUNS; i++) {
  const html = rand() < 0.125;
  const bytes = bytesOf(text());
  try {
    check(bytes, html);
  } catch (e) {
    crashes++;
    const key = String(e && e.message).slice(0, 80);
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
    if (crashes <= 20) writeFileSync(path.join(out, `crash-${crashes}${html ? '.html' : '.txt'}`), bytes);
  }
}
const s = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`fuzz: ${RUNS} inputs, ${crashes} crashes (${s} s, seed ${Number(process.env.FUZZ_SEED ?? 0xc1a1)})`);
for (const [k, n] of kinds) console.log(`  ${n} × ${k}`);
if (crashes) console.log(`  first crashing inputs in ${out}`);
process.exitCode = crashes ? 1 : 0;
