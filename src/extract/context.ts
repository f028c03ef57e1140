import type { Segmented, ClaimDraft } from '../schema.js';

/** What an extractor knows besides the segmented article. */
export interface ExtractContext {
  /** The article's publication date as `YYYY-MM-DD` when known, else `null`. */
  published: string | null;
}

/**
 * An extractor finds claims of one kind in a segmented article. It returns drafts with exact
 * offsets; the pipeline drops drafts inside excluded regions, resolves overlaps between kinds
 * and adds ids, line/column and the sentence.
 */
export type Extractor<D extends ClaimDraft = ClaimDraft> = (doc: Segmented, ctx: ExtractContext) => D[];
