import type { FigureDraft, Segmented } from '../../schema.js';
import type { ExtractContext } from '../context.js';

/** Figures: counts, money, percentages, durations, ranges, with qualifier and subject. */
export function extractFigures(_doc: Segmented, _ctx: ExtractContext): FigureDraft[] {
  return [];
}
