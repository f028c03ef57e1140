import type { DateDraft, Segmented } from '../../schema.js';
import type { ExtractContext } from '../context.js';

/** Dates: absolute, partial, relative and ranges, resolved against the publication date. */
export function extractDates(_doc: Segmented, _ctx: ExtractContext): DateDraft[] {
  return [];
}
