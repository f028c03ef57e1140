// Peer evaluation of the date extractor against other projects' English date tests:
// chrono (chrono.jsonl) and Microsoft Recognizers-Text (the DateTime rows of
// recognizers-text.jsonl). Prints, per suite, cases, span matches and value matches; asserts
// nothing. Time-of-day expressions are out of scope for claimcheck (a claim's precision is a day
// at finest) and are counted apart, as are recurring sets and durations; where a news reading
// deliberately differs, OVERRIDES gives the reason and the case is counted apart too.
//
// Usage: npx tsc -p tsconfig.build.json && node bench/eval-dates.js [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDates } from '../dist/extract/dates/index.js';
import { segment } from '../dist/text/segment.js';

const SUITES = fileURLToPath(new URL('../../shared/datasets/peer-suites/', import.meta.url));
const verbose = process.argv.includes('--verbose');

if (!existsSync(SUITES)) {
  console.log(`eval-dates: skipped, ${SUITES} is absent`);
  process.exit(0);
}

/** Cases where claimcheck reads news deliberately differently, with the reason. */
const OVERRIDES = {
  'chrono/en_casual.test.ts#7': '"now" is an instant, not a date a news claim states',
  'chrono/en_casual.test.ts#21': 'a casual range "today - next friday" is not news phrasing',
  'chrono/en_casual.test.ts#22': 'a casual range "today - next friday" is not news phrasing',
  'chrono/en_slash.test.ts#116': 'US month-first order; claimcheck reads ambiguous numeric dates day-first (UK), as chrono en.GB does (#120)',
  'chrono/en_slash.test.ts#117': 'US month-first order; claimcheck reads ambiguous numeric dates day-first (UK)',
  'chrono/en_slash.test.ts#125': 'US month-first order in a range; claimcheck reads ambiguous numeric dates day-first (UK)',
  'chrono/en_slash.test.ts#124': 'two numbers without a year (8/10) are a score or a fraction in news, not a date',
  'chrono/en_weekday.test.ts#235': 'a bare weekday in news is the most recent one; chrono picks the nearest (here the next Sunday)',
  'chrono/en_weekday.test.ts#252': "chrono's forward-dates option; news reads a bare weekday as past unless the sentence points forward",
  'chrono/en_year.test.ts#257': 'era years (BCE) are out of scope',
  'chrono/en_year.test.ts#258': 'era years (CE) are out of scope',
  'chrono/en_year.test.ts#259': 'era years (BC) are out of scope',
  'chrono/en_year.test.ts#260': 'era years (AD) are out of scope',
  'chrono/en_year.test.ts#261': 'Buddhist-era years are out of scope',
};

/** Recognizers-Text rows that claimcheck reads differently (by id), with the reason. */
const RT_OVERRIDES = {};

const TIME_OF_DAY = /\d:\d\d|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midnight|morning|afternoon|evening|night|tonight|hours?|hrs?|min(?:ute)?s?|sec(?:ond)?s?|\d+[hms])\b/i;

function readJsonl(name) {
  const path = SUITES + name;
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function run(input, refDate) {
  const published = refDate ? refDate.slice(0, 10) : null;
  const article = { id: 'eval', path: 'eval.txt', title: null, publisher: null, published, byline: null, url: null, format: 'txt', body: input, excluded: [] };
  return extractDates(segment(article), { published });
}

/** `2017-04-25` → {year, month, day}; `--04-25` → {month, day}; null → null. */
function parts(iso) {
  if (!iso) return null;
  const m = /^(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  return { year: m[1] === '-' ? undefined : Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** Do our parts agree with chrono's (missing day 1 is chrono's default for a month)? */
function agrees(ours, year, month, day) {
  if (!ours) return false;
  if (year != null && ours.year !== undefined && ours.year !== year) return false;
  if (year != null && ours.year === undefined) return false;
  if (month != null && ours.month !== month) return false;
  if (day != null && ours.day === undefined && day !== 1) return false;
  if (day != null && ours.day !== undefined && ours.day !== day) return false;
  return true;
}

function pct(n, d) {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

function evalChrono(rows) {
  const s = { cases: 0, span: 0, value: 0, timeOfDay: 0, overridden: 0, misses: [] };
  for (const r of rows) {
    if (OVERRIDES[r.id]) {
      s.overridden++;
      continue;
    }
    if (r.expected.some((e) => TIME_OF_DAY.test(e.text))) {
      s.timeOfDay++;
      continue;
    }
    s.cases++;
    const got = run(r.input, r.refDate);
    let spanOk = true;
    let valueOk = true;
    for (const e of r.expected) {
      const c = got.find((g) => g.text === e.text.trim());
      if (!c) {
        spanOk = valueOk = false;
        continue;
      }
      const okStart = agrees(parts(c.date), e.year, e.month, e.day);
      const hasEnd = e.endYear != null || e.endMonth != null || e.endDay != null;
      const okEnd = !hasEnd || agrees(parts(c.until), e.endYear, e.endMonth, e.endDay);
      if (!okStart || !okEnd) valueOk = false;
    }
    if (spanOk) s.span++;
    if (spanOk && valueOk) s.value++;
    else s.misses.push(`${r.id}  ${JSON.stringify(r.input)} → ${JSON.stringify(got.map((g) => [g.text, g.date, g.until]))}`);
  }
  return s;
}

function minusOneDay(iso) {
  const t = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(t.getTime())) return iso;
  return new Date(t.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** Does one claim agree with one Recognizers-Text resolution? */
function rtValueOk(claim, values) {
  for (const v of values) {
    const timex = v.timex ?? '';
    if (v.type === 'date') {
      if (claim.until) continue;
      if (/^\d{4}-\d{2}-\d{2}$/.test(timex) && claim.date === timex) return true;
      if (timex.startsWith('XXXX-') && /^XXXX-\d{2}-\d{2}$/.test(timex)) {
        if (claim.date === `-${timex.slice(4)}` || claim.date === v.value) return true;
      }
      if (timex.includes('W') && claim.date === v.value) return true;
      continue;
    }
    if (v.type === 'daterange') {
      if (/^\d{4}(-\d{2})?$/.test(timex) && claim.date === timex && (!claim.until || claim.until === timex)) return true;
      // A yearless month (`XXXX-11`, with a mod such as `mid`/`since`): the month must agree.
      if (/^XXXX-\d{2}$/.test(timex) && !claim.until && claim.date && claim.date.slice(-2) === timex.slice(5)) return true;
      const start = v.start ?? '';
      const end = v.end ?? '';
      if (!claim.date || !start) continue;
      if (!start.startsWith(claim.date)) continue;
      if (!end) {
        if (!claim.until) return true; // `since 2015`: an open range is one date to us
        continue;
      }
      if (claim.until && (end.startsWith(claim.until) || minusOneDay(end).startsWith(claim.until))) return true;
    }
  }
  return false;
}

function evalRecognizers(rows) {
  const s = { cases: 0, span: 0, value: 0, timeOfDay: 0, sets: 0, durations: 0, overridden: 0, negatives: 0, negativesClean: 0, misses: [] };
  for (const r of rows) {
    if (!r.id.startsWith('DateTime/English')) continue;
    if (RT_OVERRIDES[r.id]) {
      s.overridden++;
      continue;
    }
    const types = new Set(r.expected.map((e) => e.type));
    if (r.expected.length === 0) {
      s.negatives++;
      const got = run(r.input, r.refDate);
      if (got.length === 0) s.negativesClean++;
      else s.misses.push(`${r.id} (negative) ${JSON.stringify(r.input)} → ${JSON.stringify(got.map((g) => g.text))}`);
      continue;
    }
    if ([...types].some((t) => /\.(?:time|datetime|timerange|datetimerange)$/.test(t ?? ''))) {
      s.timeOfDay++;
      continue;
    }
    if (types.has('datetimeV2.set')) {
      s.sets++;
      continue;
    }
    if (types.has('datetimeV2.duration')) {
      s.durations++;
      continue;
    }
    if (![...types].every((t) => t === 'datetimeV2.date' || t === 'datetimeV2.daterange')) continue;
    s.cases++;
    const got = run(r.input, r.refDate);
    let spanOk = true;
    let valueOk = true;
    for (const e of r.expected) {
      const c = got.find((g) => g.start === e.start && g.end === e.end);
      if (!c) {
        spanOk = valueOk = false;
        continue;
      }
      if (!rtValueOk(c, e.values ?? [])) valueOk = false;
    }
    if (spanOk) s.span++;
    if (spanOk && valueOk) s.value++;
    else s.misses.push(`${r.id}  ${JSON.stringify(r.input)} want ${JSON.stringify(r.expected.map((e) => [e.text, e.values?.[0]?.timex]))} got ${JSON.stringify(got.map((g) => [g.text, g.date, g.until]))}`);
  }
  return s;
}

const chrono = readJsonl('chrono.jsonl');
if (chrono) {
  const s = evalChrono(chrono);
  console.log('chrono (chrono.jsonl)');
  console.log(`  cases ${s.cases}  span ${s.span} (${pct(s.span, s.cases)})  value ${s.value} (${pct(s.value, s.cases)})`);
  console.log(`  apart: time of day (out of scope) ${s.timeOfDay}, overridden ${s.overridden}`);
  if (verbose) for (const m of s.misses) console.log(`    miss ${m}`);
}

const rt = readJsonl('recognizers-text.jsonl');
if (rt) {
  const s = evalRecognizers(rt);
  console.log('recognizers-text (DateTime/English, date and daterange rows)');
  console.log(`  cases ${s.cases}  span ${s.span} (${pct(s.span, s.cases)})  value ${s.value} (${pct(s.value, s.cases)})`);
  console.log(`  negatives ${s.negatives}, with no date found ${s.negativesClean} (${pct(s.negativesClean, s.negatives)})`);
  console.log(`  apart: time of day (out of scope) ${s.timeOfDay}, recurring sets ${s.sets}, durations ${s.durations}, overridden ${s.overridden}`);
  console.log('  note: by design the span leaves out prepositions and bounds (Recognizers: "since august", "after 2018"),');
  console.log('        bare lower-case months are not dates ("in may"), and weeks, seasons, "in 2 weeks" and ordinal-only');
  console.log('        days ("the 18th") are not read; most span misses are these conventions (--verbose lists them).');
  if (verbose) for (const m of s.misses) console.log(`    miss ${m}`);
}
