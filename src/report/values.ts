import type { Claim } from '../schema.js';

/** A compact human reading of a claim's normalised value: `more than 5 year`, `£3,800,000`, `2017-04-25…2017-05-18`. */
export function describeValue(c: Claim): string {
  switch (c.type) {
    case 'figure': {
      const amount =
        c.value !== null
          ? num(c.value)
          : c.min !== null && c.max !== null
            ? `${num(c.min)}–${num(c.max)}`
            : c.min !== null
              ? `≥${num(c.min)}`
              : c.max !== null
                ? `≤${num(c.max)}`
                : '?';
      return [c.qualifier, amount, c.unit].filter(Boolean).join(' ');
    }
    case 'date': {
      const when = c.date === null ? '?' : c.until ? `${c.date}…${c.until}` : c.date;
      return c.basis === 'explicit' ? when : `${when} (${c.basis})`;
    }
    case 'quote':
      return c.speaker ?? 'unattributed';
    case 'finding':
      return c.source ?? 'unattributed';
  }
}

function num(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-GB') : String(n);
}
