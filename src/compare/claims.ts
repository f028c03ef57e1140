import type { Claim, ExtractedArticle, GroupClaim } from '../schema.js';

/** A claim as it stands in a group or a diff: where it is, and its normalised fields. */
export function groupClaim(c: Claim, a: Pick<ExtractedArticle, 'id' | 'path'>): GroupClaim {
  const base: GroupClaim = { type: c.type, article: a.id, claim: c.id, path: a.path, text: c.text, line: c.line, column: c.column };
  switch (c.type) {
    case 'figure':
      return { ...base, value: c.value, min: c.min, max: c.max, unit: c.unit, qualifier: c.qualifier };
    case 'date':
      return { ...base, date: c.date, until: c.until, precision: c.precision };
    case 'quote':
      return { ...base, speaker: c.speaker };
    case 'finding':
      return { ...base, source: c.source };
  }
}
