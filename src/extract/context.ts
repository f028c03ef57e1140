import type { Segmented, ClaimDraft } from '../schema.js';

/** What an extractor knows besides the segmented article. */
export interface ExtractContext {
  /** The article's publication date as `YYYY-MM-DD` when known, else `null`. */
  published: string | null;
  /**
   * Drafts the pipeline can use at most (absent: all). An extractor may stop once it has found
   * this many; one that does sets `stoppedAt` (see `stopped`). The pipeline keeps an article's
   * first claims only (`MAX_CLAIMS`): a limit keeps hostile text dense in claims from making
   * millions of drafts to throw away.
   */
  limit?: number;
  /** Set by an extractor that stopped early: every draft it did not find starts at or after this offset. */
  stoppedAt?: number;
}

/** Records on `ctx` that an extractor stopped early at `at` (see `ExtractContext.stoppedAt`). */
export function stopped(ctx: ExtractContext, at: number): void {
  ctx.stoppedAt = Math.min(ctx.stoppedAt ?? Infinity, at);
}

/**
 * For a scan that found `found` in order and stopped at `ctx.limit`: records that it stopped at
 * the last one found (a later one starts after it, where the scan would have resumed).
 */
export function stoppedIfFull(ctx: ExtractContext, found: readonly { start: number }[]): void {
  if (ctx.limit !== undefined && found.length >= ctx.limit) stopped(ctx, found[found.length - 1]!.start);
}

/**
 * An extractor finds claims of one kind in a segmented article. It returns drafts with exact
 * offsets; the pipeline drops drafts inside excluded regions, resolves overlaps between kinds
 * and adds ids, line/column and the sentence.
 */
export type Extractor<D extends ClaimDraft = ClaimDraft> = (doc: Segmented, ctx: ExtractContext) => D[];
