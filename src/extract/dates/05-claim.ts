/** Step 5 of dates: a resolved date becomes a claim draft whose text is exactly its span. */
import type { DateDraft } from '../../schema.js';
import type { Resolved } from './04-resolve.js';
import type { DateExpr } from './types.js';

export function toDraft(body: string, e: DateExpr, r: Resolved): DateDraft {
  return {
    type: 'date',
    text: body.slice(e.start, e.end),
    start: e.start,
    end: e.end,
    rule: e.rule,
    date: r.date,
    until: r.until,
    precision: r.precision,
    basis: r.basis,
  };
}
