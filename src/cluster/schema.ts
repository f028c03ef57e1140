/**
 * The document `claimcheck cluster --format json` prints: the stories an archive holds, each a
 * set of articles that report the same event, and the articles that fit no story. (Kept here
 * until it moves into `src/schema.ts`.)
 */
import { z } from 'zod';

export const CLUSTER_SCHEMA = 'claimcheck/cluster@1';

export const Story = z.object({
  /** `story-` + the first 10 hex digits of the SHA-1 of the sorted member ids, one per line: the same members give the same id. */
  id: z.string(),
  /** A human label: the title (or first sentence) of the story's most central article. */
  label: z.string(),
  /** Member article ids, sorted. */
  articles: z.array(z.string()),
  /** Earliest and latest publication date of the members (ISO 8601 as the articles give it); `null` when none is known. */
  span: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
});
export type Story = z.infer<typeof Story>;

export const ClusterReport = z.object({
  schema: z.literal(CLUSTER_SCHEMA),
  /** Ordered by earliest publication date (undated last), then by first member id. */
  stories: z.array(Story),
  /** Ids of articles that share a story with no other article, sorted. */
  unclustered: z.array(z.string()),
});
export type ClusterReport = z.infer<typeof ClusterReport>;
