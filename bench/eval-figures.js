/**
 * Peer evaluation of the figures extractor against other projects' test suites
 * (Microsoft Recognizers-Text, Duckling, number-parser), as converted in
 * ../shared/datasets/peer-suites/. Prints per suite: cases, span-match and value-match counts
 * and rates. Asserts nothing; exits 0. Skips cleanly when the datasets are absent.
 *
 * Span match: a figure whose [start, end) (or text, for suites without offsets) equals the
 * expected one; "span+qualifier" also accepts ours with a leading qualifier. Value match: a
 * figure overlapping the expected span whose normalised value (or min/max for a range; ISO
 * code for money) equals the expected one, after mapping conventions that differ only in
 * form: qualified numbers as open ranges (Recognizers), cents as hundredths, durations in the
 * suite's time unit (Duckling).
 * Cases listed in ./figures-overrides.js are set aside, each with its reason.
 *
 * Usage: npm run eval:figures  (or: node bench/eval-figures.js [--misses N] [--suite NAME])
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { extractFigures } from '../dist/extract/figures/index.js';
import { overrideFor } from './figures-overrides.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '../../shared/datasets/peer-suites');
if (!existsSync(dir)) {
  console.log(`eval:figures: skipped (${dir} is absent)`);
  process.exit(0);
}
const argv = process.argv.slice(2);
const showMisses = argv.includes('--misses') ? Number(argv[argv.indexOf('--misses') + 1] ?? 10) : 0;
const onlySuite = argv.includes('--suite') ? argv[argv.indexOf('--suite') + 1] : null;

function readJsonl(name) {
  const file = path.join(dir, name);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** A segmented one-paragraph document: the suites' inputs are single sentences, never pages. */
function run(text) {
  const article = { id: 'eval', path: 'eval.txt', title: null, publisher: null, published: null, byline: null, url: null, format: 'txt', body: text, excluded: [] };
  const doc = { article, paragraphs: [{ index: 0, start: 0, end: text.length }], sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length }], excluded: [] };
  return extractFigures(doc, { published: null });
}

const near = (a, b) => a !== null && b !== null && a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const overlaps = (f, s, e) => f.start < e && s < f.end;

/** Recognizers currency names → ISO codes, for the ones the suite writes without isoCurrency. */
const CURRENCY_NAMES = { Dollar: 'USD', 'United States dollar': 'USD', Euro: 'EUR', 'British pound': 'GBP', Pound: 'GBP', Penny: 'GBP', Cent: 'USD', 'Japanese yen': 'JPY' };

/** Interval text "(20,35]" / "[20,)" → {min, max}. */
function interval(v) {
  const m = /^[[(]\s*([^,]*)\s*,\s*([^\])]*)\s*[\])]$/.exec(v);
  if (!m) return null;
  return { min: m[1] === '' ? null : Number(m[1]), max: m[2] === '' ? null : Number(m[2]) };
}

/**
 * Our figure as an interval, for suites that write qualified numbers as open ranges
 * ("more than 30" → (30,)): claimcheck keeps the number and the qualifier instead.
 */
function asInterval(f) {
  if (f.value === null) return { min: f.min, max: f.max };
  switch (f.qualifier) {
    case 'more than':
    case 'at least':
      return { min: f.value, max: null };
    case 'less than':
    case 'up to':
      return { min: null, max: f.value };
    default:
      return { min: f.value, max: f.value };
  }
}

/** Seconds in each time unit we emit (months and years are left alone: no exact conversion). */
const SECONDS = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 };

function valueMatches(f, want) {
  if (want.range) {
    const iv = asInterval(f);
    return iv.min === want.range.min && iv.max === want.range.max;
  }
  if (want.min !== undefined || want.max !== undefined) return near(f.min, want.min ?? null) && near(f.max, want.max ?? null);
  let value = f.value;
  // Duckling writes 1.5 hours as 90 minutes: convert ours to the suite's time unit
  if (want.timeUnit && SECONDS[want.timeUnit] && SECONDS[f.unit] && value !== null) value = (value * SECONDS[f.unit]) / SECONDS[want.timeUnit];
  if (!near(value, want.value)) return false;
  if (want.currency && f.unit !== want.currency) return false;
  return true;
}

/** Strict span match, or ours covering the suite's span plus a leading qualifier or opener. */
function spanMatches(f, e, offsets) {
  if (offsets) {
    if (f.start === e.start && f.end === e.end) return 'strict';
    if (f.end === e.end && f.start < e.start && f.qualifier !== null) return 'qualifier';
    return null;
  }
  const a = f.text.toLowerCase();
  const b = e.text.toLowerCase();
  if (a === b) return 'strict';
  if (a.endsWith(b) && f.qualifier !== null) return 'qualifier';
  return null;
}

const suites = [];

// ---- Recognizers-Text ----
{
  const prefixes = [
    'Number/English/NumberModel',
    'Number/English/PercentModel',
    'Number/English/NumberRangeModel',
    'NumberWithUnit/English/CurrencyModel',
    'NumberWithUnit/English/AgeModel',
    'NumberWithUnit/English/DimensionModel',
  ];
  const rows = readJsonl('recognizers-text.jsonl');
  for (const prefix of prefixes) {
    const name = `recognizers ${prefix.split('/').pop()}`;
    const items = [];
    for (const row of rows.filter((r) => r.id.startsWith(`${prefix}#`))) {
      const ov = overrideFor('recognizers', row);
      items.push({
        row,
        override: ov,
        expected: row.expected.map((e) => {
          let want;
          if (e.type === 'numberrange') want = { range: interval(e.value) };
          else if (e.type === 'percentage') want = { value: Number(String(e.value).replace('%', '')) };
          // Recognizers writes "34 cents" as 34 (unit Cent); claimcheck as 0.34 of the currency
          else if (e.type === 'currency') want = { value: /^(?:Cent|Penny|Pence)$/.test(e.unit ?? '') ? Number(e.value) / 100 : Number(e.value), currency: e.isoCurrency ?? CURRENCY_NAMES[e.unit] };
          else want = { value: Number(e.value) };
          return { text: e.text, start: e.start, end: e.end, want };
        }),
      });
    }
    suites.push({ name, items, offsets: true });
  }
}

// ---- Duckling ----
{
  const rows = readJsonl('duckling.jsonl');
  const dims = { Numeral: null, AmountOfMoney: null, Duration: null, Distance: null, Quantity: null };
  const DUCK_CURRENCY = { Dollar: 'USD', Pound: 'GBP', EUR: 'EUR', Euro: 'EUR', GBP: 'GBP', USD: 'USD', Cent: 'USD', JPY: 'JPY', Penny: 'GBP', Pence: 'GBP' };
  for (const dim of Object.keys(dims)) {
    const items = [];
    for (const row of rows.filter((r) => r.id.startsWith(`duckling/${dim}#`))) {
      items.push({
        row,
        override: overrideFor('duckling', row),
        expected: row.expected.map((e) => {
          const start = row.input.toLowerCase().indexOf(e.text.toLowerCase());
          const want = e.min !== undefined || e.max !== undefined ? { min: e.min ?? null, max: e.max ?? null } : { value: e.value };
          if (dim === 'Duration') want.timeUnit = e.unit;
          if (dim === 'AmountOfMoney' && e.unit && e.unit !== 'Unnamed') {
            if (DUCK_CURRENCY[e.unit]) want.currency = DUCK_CURRENCY[e.unit];
            if (e.unit === 'Cent' || e.unit === 'Penny' || e.unit === 'Pence') {
              if (want.value !== undefined) want.value = want.value / 100;
            }
          }
          return { text: e.text, start, end: start < 0 ? -1 : start + e.text.length, want };
        }),
      });
    }
    suites.push({ name: `duckling ${dim}`, items, offsets: false });
  }
}

// ---- number-parser ----
{
  const rows = readJsonl('number-parser.jsonl');
  const items = rows.map((row) => ({
    row,
    override: overrideFor('number-parser', row),
    expected: row.expected.map((e) => ({ text: row.input.trim(), start: row.input.indexOf(row.input.trim()), end: row.input.indexOf(row.input.trim()) + row.input.trim().length, want: { value: e.value } })),
  }));
  suites.push({ name: 'number-parser', items, offsets: false });
}

// ---- score ----
const pct = (n, d) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
console.log('suite                              cases  set-aside  expected  span-match     span+qualifier   value-match     spurious(no-expected)');
let tot = { cases: 0, aside: 0, exp: 0, span: 0, spanQ: 0, value: 0 };
for (const s of suites) {
  if (onlySuite && !s.name.includes(onlySuite)) continue;
  let cases = 0, aside = 0, exp = 0, span = 0, spanQ = 0, value = 0, emptyCases = 0, spurious = 0;
  const misses = [];
  for (const item of s.items) {
    if (item.override) {
      aside++;
      continue;
    }
    cases++;
    const found = run(item.row.input);
    if (item.expected.length === 0) {
      emptyCases++;
      if (found.length > 0) spurious++;
      continue;
    }
    for (const e of item.expected) {
      exp++;
      const kinds = found.map((f) => spanMatches(f, e, s.offsets));
      const sm = kinds.includes('strict');
      const vm = found.some((f) => (e.start < 0 || overlaps(f, e.start, e.end)) && valueMatches(f, e.want));
      if (sm) span++;
      if (sm || kinds.includes('qualifier')) spanQ++;
      if (vm) value++;
      if ((!sm || !vm) && misses.length < showMisses) misses.push({ input: item.row.input, want: e, got: found.map((f) => [f.text, f.value ?? [f.min, f.max], f.unit]) });
    }
  }
  tot = { cases: tot.cases + cases, aside: tot.aside + aside, exp: tot.exp + exp, span: tot.span + span, spanQ: tot.spanQ + spanQ, value: tot.value + value };
  console.log(
    `${s.name.padEnd(34)} ${String(cases).padStart(5)}  ${String(aside).padStart(9)}  ${String(exp).padStart(8)}  ${String(span).padStart(5)} ${pct(span, exp)}  ${String(spanQ).padStart(5)} ${pct(spanQ, exp)}  ${String(value).padStart(5)} ${pct(value, exp)}  ${spurious}/${emptyCases}`,
  );
  for (const m of misses) console.log(`    miss: ${JSON.stringify(m.input)} want ${JSON.stringify(m.want.text)} ${JSON.stringify(m.want.want)} got ${JSON.stringify(m.got)}`);
}
console.log(`${'total'.padEnd(34)} ${String(tot.cases).padStart(5)}  ${String(tot.aside).padStart(9)}  ${String(tot.exp).padStart(8)}  ${String(tot.span).padStart(5)} ${pct(tot.span, tot.exp)}  ${String(tot.spanQ).padStart(5)} ${pct(tot.spanQ, tot.exp)}  ${String(tot.value).padStart(5)} ${pct(tot.value, tot.exp)}`);
console.log('span+qualifier: our span may also hold a leading qualifier ("about $ 14 million"), which claimcheck keeps in the claim text by design.');
