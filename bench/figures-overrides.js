/**
 * Peer-suite cases where claimcheck's UK-news reading deliberately differs from the suite's
 * convention. Each entry names the suite, a matcher (case id prefix or exact input) and why.
 * `bench/eval-figures.js` leaves these out of the rates and prints how many it set aside.
 */
export const OVERRIDES = [
  // Whole families of cases that are not figures in news
  { suite: 'number-parser', idIncludes: '/ordinals', reason: 'ordinals ("twenty-first") rank, they do not count: the figures extractor leaves them out by design' },
  { suite: 'recognizers', idPrefix: 'Number/English/OrdinalModel', reason: 'ordinals are not figures' },
  // Single conventions
  { suite: 'recognizers', inputMatches: /\b\d+(?:\.\d+){2,}\b/, reason: 'dotted runs like "192.168.1.2" are addresses or versions in news, not four numbers' },
  { suite: 'recognizers', inputMatches: /\b(?:1|one)\s*m\b/i, reason: '"1m" in news is a million, never a metre' },
  { suite: 'recognizers', inputMatches: /\b(?:a|the)\s+(?:couple|pair|few)\b/i, reason: '"a couple", "a pair", "a few" are not exact figures in news copy' },
  { suite: 'duckling', inputMatches: /^(?:nil|single|a pair|a couple(?: of)?|couple|a few|few|several|naught)$/i, reason: 'idioms of quantity ("a couple", "single", "nil") are not counts in news' },
  { suite: 'duckling', idPrefix: 'duckling/AmountOfMoney', inputMatches: /^(?:about |around |approx\w* )?\d+(?:[.,]\d+)?$/i, reason: 'a bare number is not money: duckling types it as money with an "Unnamed" unit' },
  { suite: 'duckling', inputMatches: /\b(?:grand|bucks|k)\b.*|\bcents?\b.*\bdollars?\b|\bdollars?\b.*\bcents?\b/i, reason: 'slang and compound dollar-and-cent amounts are rare in news; not modelled' },
  { suite: 'duckling', inputMatches: /\b(?:INR|Rs\.?|PTS|KWD|AED|SAR|QAR|MYR|RM|BGN|HRK|IDR|KRW|EGP|LBP|NOK|SEK|DKK|CHF|BTC|GBP|USD|EUR|AUD)\b|[₩₹฿]/, reason: 'currencies that UK news rarely writes this way; kept out of the lexicon for now' },
];

/** The override that applies to one case, or undefined. */
export function overrideFor(suite, row) {
  return OVERRIDES.find(
    (o) =>
      o.suite === suite &&
      (o.idPrefix === undefined || (row.id ?? '').startsWith(o.idPrefix)) &&
      (o.idIncludes === undefined || (row.id ?? '').includes(o.idIncludes)) &&
      (o.inputMatches === undefined || o.inputMatches.test(row.input ?? '')),
  );
}
