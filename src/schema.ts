/**
 * The public data contract of claimcheck: zod schemas for every value that crosses a stage
 * boundary or leaves the program as JSON. Types are inferred from the schemas, so the
 * schema is the single source of truth. Changes here are additive; the `schema` strings of
 * the documents carry a version.
 */
import { z } from 'zod';
import { CHECK_SCHEMA, DIFF_SCHEMA, EXTRACT_SCHEMA, TEXT_SCHEMA } from './schema-ids.js';

export { CHECK_SCHEMA, DIFF_SCHEMA, EXTRACT_SCHEMA, TEXT_SCHEMA };

/** Input formats, chosen by file extension (or `--stdin-name`). */
export const InputFormat = z.enum(['txt', 'md', 'html', 'json', 'ndjson']);
export type InputFormat = z.infer<typeof InputFormat>;

/**
 * An article as one object in a `.json` file or one line of a `.ndjson`/`.jsonl` file.
 * Exactly one of `text` (the body, kept exactly) or `html` (a page to extract from) is needed.
 */
export const ArticleInput = z
  .object({
    id: z.string().min(1).optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    publisher: z.string().optional(),
    published: z.string().optional(),
    byline: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((a) => typeof a.text === 'string' || typeof a.html === 'string', {
    message: 'an article needs a "text" or an "html" field',
  });
export type ArticleInput = z.infer<typeof ArticleInput>;

/** Metadata of an article: what the source said about itself. Unknown values are `null`. */
export const ArticleMeta = z.object({
  /** Stable id: path relative to the input folder without extension, or the input's own id. */
  id: z.string(),
  /** Path of the file the article came from, as given on the command line (or `-`). */
  path: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  /** Publication date as ISO 8601 (`YYYY-MM-DD`, or with time) when known. */
  published: z.string().nullable(),
  byline: z.string().nullable(),
  url: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** A half-open UTF-16 range `[start, end)` into an article body, as `String.slice` takes it. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** Why a region of the body is not article text (it stays in the body so offsets stay true). */
export const ExcludedSpan = Span.extend({
  /** Rule id, e.g. `boilerplate/cta-line`, `boilerplate/paywall-tail`, `markup/shortcode`. */
  rule: z.string(),
});
export type ExcludedSpan = z.infer<typeof ExcludedSpan>;

/** A loaded article: metadata plus the body text that every offset points into. */
export const Article = ArticleMeta.extend({
  format: InputFormat,
  /** The body text. For `.txt`/`.md` it is the file's text exactly (BOM dropped). */
  body: z.string(),
  /** Regions of the body known before segmenting not to be article text (e.g. front matter). */
  excluded: z.array(ExcludedSpan),
  /** Declared language of a saved page (`en`, `en-GB`), when the loader knows it. */
  language: z.string().nullable().optional(),
  /** For a saved page: the 1-based line of the HTML source of each body paragraph, in order. */
  sourceLines: z.array(z.number().int().positive()).optional(),
});
export type Article = z.infer<typeof Article>;

export const Paragraph = Span.extend({ index: z.number().int().nonnegative() });
export type Paragraph = z.infer<typeof Paragraph>;

export const Sentence = Span.extend({
  index: z.number().int().nonnegative(),
  /** Index of the paragraph the sentence stands in. */
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

/** The output of `segment`: the article, its paragraphs and sentences, and what to skip. */
export interface Segmented {
  /**
   * The article the extractors read: the loaded one, or a copy whose body has the line breaks
   * inside hard-wrapped paragraphs (e-mail, wire copy, text copied from a PDF) as spaces, and a
   * Markdown file's syntax blanked (`markdownView`). Same length: every offset holds.
   */
  article: Article;
  /** The article as loaded, when `article` is such a copy (its line breaks give lines and columns). */
  source?: Article;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Sorted, non-overlapping regions that extractors must not take claims from. */
  excluded: ExcludedSpan[];
}

export const ClaimType = z.enum(['figure', 'date', 'quote', 'finding']);
export type ClaimType = z.infer<typeof ClaimType>;

/** Canonical qualifiers of a figure; the words that map to each live in `src/lexicon`. */
export const Qualifier = z.enum([
  'more than', // more than, over, above, exceeding, in excess of
  'at least', // at least, no fewer than, a minimum of
  'less than', // less than, fewer than, under, below
  'up to', // up to, at most, no more than, a maximum of
  'about', // about, around, approximately, roughly, some, an estimated
  'almost', // almost, nearly, close to, just under
]);
export type Qualifier = z.infer<typeof Qualifier>;

/** Granularity of a date claim. */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** How a date's year (or whole value) was obtained. */
export const DateBasis = z.enum([
  'explicit', // every part written in the text
  'published', // resolved against the article's publication date
  'context', // year taken from other explicit dates in the same sentence or paragraph
  'unresolved', // a relative or yearless date that could not be anchored
]);
export type DateBasis = z.infer<typeof DateBasis>;

const claimBase = {
  /** Stable within an article: `<type>-<n>` in order of position. */
  id: z.string(),
  /** The words of the claim: `body.slice(start, end)` (for quotes: the quoted words). */
  text: z.string(),
  /** 0-based UTF-16 offset of the first character, into the article body. */
  start: z.number().int().nonnegative(),
  /** 0-based UTF-16 offset one past the last character (half-open). */
  end: z.number().int().nonnegative(),
  /** 1-based line of `start`. */
  line: z.number().int().positive(),
  /** 1-based column of `start`, in UTF-16 code units. */
  column: z.number().int().positive(),
  /** The sentence the claim stands in, as written. */
  sentence: z.string(),
  /** Id of the rule or lexicon entry that produced the claim (for `--explain`). */
  rule: z.string(),
  /** For a saved page: the 1-based line of the HTML source where the claim's paragraph stands. */
  sourceLine: z.number().int().positive().optional(),
};

export const FigureClaim = z.object({
  ...claimBase,
  type: z.literal('figure'),
  /** The value for a single number; `null` for a range. */
  value: z.number().nullable(),
  /** Lower bound of a range; `null` for a single number or an open range. */
  min: z.number().nullable(),
  /** Upper bound of a range; `null` for a single number or an open range. */
  max: z.number().nullable(),
  /** ISO 4217 code for money, `percent`, a time unit (`year`, `day`, …), or the counted noun in the singular (`child`); `null` for a bare number. */
  unit: z.string().nullable(),
  qualifier: Qualifier.nullable(),
  /** The phrase saying what is counted, e.g. `children were under the care of the council`. */
  subject: z.string().nullable(),
  /** Who states the figure when it stands inside a quote (its speaker) or a finding (its source); else `null`. */
  attribution: z.string().nullable(),
});
export type FigureClaim = z.infer<typeof FigureClaim>;

export const DateClaim = z.object({
  ...claimBase,
  type: z.literal('date'),
  /** ISO 8601 at the given precision: `2017-04-25`, `2016-01`, `2012`, or `--07-18` when the year is unknown; `null` when unresolved. */
  date: z.string().nullable(),
  /** Last day (or month, year) of a range, same form as `date`; `null` for a single date. */
  until: z.string().nullable(),
  precision: DatePrecision,
  basis: DateBasis,
  /** Who states the date when it stands inside a quote (its speaker) or a finding (its source); else `null`. */
  attribution: z.string().nullable(),
});
export type DateClaim = z.infer<typeof DateClaim>;

export const QuoteClaim = z.object({
  ...claimBase,
  type: z.literal('quote'),
  /** Canonical full name of the person, or the stable form of the body ("the report", "inspectors"); `null` when unattributed. */
  speaker: z.string().nullable(),
  /** Role or title the text gives the speaker ("Strategic Director for Children", "Cllr"). */
  role: z.string().nullable(),
  /** The reporting verb or phrase ("said", "told the BBC", "according to"). */
  cue: z.string().nullable(),
  /** A partial quote inside a sentence, a scare quote or a title, rather than a full statement. */
  fragment: z.boolean(),
});
export type QuoteClaim = z.infer<typeof QuoteClaim>;

export const FindingClaim = z.object({
  ...claimBase,
  type: z.literal('finding'),
  /** Who found or reported it, in the same canonical form as a quote's speaker. */
  source: z.string().nullable(),
  /** The reporting verb or phrase ("found", "said", "rated", "according to"). */
  cue: z.string().nullable(),
  /** A judgement word the finding gives ("inadequate", "good", "outstanding"), else `null`. */
  rating: z.string().nullable(),
});
export type FindingClaim = z.infer<typeof FindingClaim>;

export const Claim = z.discriminatedUnion('type', [FigureClaim, DateClaim, QuoteClaim, FindingClaim]);
export type Claim = z.infer<typeof Claim>;

/** Fields an extractor fills; the pipeline adds `id`, `line`, `column`, `sentence` and `attribution`. */
type Draft<T> = Omit<T, 'id' | 'line' | 'column' | 'sentence' | 'attribution'>;
export type FigureDraft = Draft<FigureClaim>;
export type DateDraft = Draft<DateClaim>;
export type QuoteDraft = Draft<QuoteClaim>;
export type FindingDraft = Draft<FindingClaim>;
export type ClaimDraft = FigureDraft | DateDraft | QuoteDraft | FindingDraft;

/** A problem with one input: it names the file and says what is wrong. */
export const InputError = z.object({
  path: z.string(),
  message: z.string(),
  /** 1-based line within the file, where the problem has one (e.g. a malformed NDJSON line). */
  line: z.number().int().positive().optional(),
});
export type InputError = z.infer<typeof InputError>;

/** A non-fatal note about an input (skipped file, replaced bytes, …). */
export const Warning = InputError;
export type Warning = InputError;

/** A person, organisation, group or document that the article names, with its other names. */
export const Entity = z.object({
  /** Stable within an article: `entity-<n>` in order of first mention. */
  id: z.string(),
  kind: z.enum(['person', 'organisation', 'group', 'document']),
  /** Canonical name: a person's full name without title, or a body's stable form ("the report"). */
  name: z.string(),
  /** Other ways the article names it ("Cllr Doe", "he"), as written. */
  aliases: z.array(z.string()),
  /** Roles and titles the article gives it ("Cllr", "chairman of the committee"). */
  roles: z.array(z.string()),
  /** Offsets of the first mention, as for claims. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Entity = z.infer<typeof Entity>;

export const ExtractedArticle = ArticleMeta.extend({
  claims: z.array(Claim),
  /** The people and bodies the article names (filled by the quote and finding extractors). */
  entities: z.array(Entity),
  /**
   * Where the article reached the limit on one article's claims (`MAX_CLAIMS`): no claim from
   * here on was extracted. Absent when it did not.
   */
  truncated: z
    .object({
      start: z.number().int().nonnegative(),
      line: z.number().int().positive(),
      column: z.number().int().positive(),
    })
    .optional(),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;


/** The document `claimcheck extract --format json` prints. */
export const ExtractReport = z.object({
  schema: z.literal(EXTRACT_SCHEMA),
  articles: z.array(ExtractedArticle),
  errors: z.array(InputError),
});
export type ExtractReport = z.infer<typeof ExtractReport>;

/** One line of `claimcheck extract --format ndjson`: a claim with its article id and path. */
export const ExtractNdjsonLine = z.intersection(
  z.object({ article: z.string(), path: z.string() }),
  Claim,
);
export type ExtractNdjsonLine = z.infer<typeof ExtractNdjsonLine>;

// ---- check: groups of claims across articles, verdicts, text reuse ----

export const Verdict = z.enum(['agree', 'conflict', 'variant', 'attribution', 'single']);
export type Verdict = z.infer<typeof Verdict>;

/** One claim as it stands in a group: where it is, and its normalised fields repeated. */
export const GroupClaim = z.object({
  /** The claim's own type: a date group can hold the figures that state the same event's duration. */
  type: ClaimType,
  /** Article id. */
  article: z.string(),
  /** Claim id within the article. */
  claim: z.string(),
  path: z.string(),
  text: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  value: z.number().nullable().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  qualifier: Qualifier.nullable().optional(),
  date: z.string().nullable().optional(),
  until: z.string().nullable().optional(),
  precision: DatePrecision.optional(),
  speaker: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
});
export type GroupClaim = z.infer<typeof GroupClaim>;

/** One step of a word-level difference: words kept, deleted (only in the first) or inserted. */
export const DiffPart = z.object({
  op: z.enum(['equal', 'delete', 'insert']),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPart>;

export const Group = z.object({
  /** Stable within a report: `<type>-<n>` in report order. */
  id: z.string(),
  type: ClaimType,
  verdict: Verdict,
  /** What the claims speak of, in a few words ("£4.2 million investment", "the inspection"). */
  label: z.string(),
  /** One sentence a journalist understands, saying why the verdict. */
  explanation: z.string(),
  claims: z.array(GroupClaim),
  /** For variants: the word-level difference between the first two differing wordings. */
  diff: z.array(DiffPart).optional(),
});
export type Group = z.infer<typeof Group>;

/** Text reuse between two articles: sentences that stand word for word in both. */
export const Reuse = z.object({
  a: z.string(),
  b: z.string(),
  /** Number of sentences of `a` that stand word for word in `b`. */
  shared: z.number().int().nonnegative(),
  /** Share (0–1) of `a`'s sentences found in `b`. */
  aShare: z.number().min(0).max(1),
  /** Share (0–1) of `b`'s sentences found in `a`. */
  bShare: z.number().min(0).max(1),
});
export type Reuse = z.infer<typeof Reuse>;

export const CheckSummary = z.object({
  articles: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  agree: z.number().int().nonnegative(),
  conflict: z.number().int().nonnegative(),
  variant: z.number().int().nonnegative(),
  attribution: z.number().int().nonnegative(),
  single: z.number().int().nonnegative(),
});
export type CheckSummary = z.infer<typeof CheckSummary>;


/** The document `claimcheck check --format json` prints. */
export const CheckReport = z.object({
  schema: z.literal(CHECK_SCHEMA),
  articles: z.array(ArticleMeta.pick({ id: true, path: true, title: true, publisher: true, published: true })),
  groups: z.array(Group),
  reuse: z.array(Reuse),
  summary: CheckSummary,
  errors: z.array(InputError),
});
export type CheckReport = z.infer<typeof CheckReport>;

// ---- diff: two articles, or two versions of one ----

export const DiffChange = z.object({
  type: ClaimType,
  old: GroupClaim,
  new: GroupClaim,
  /** One sentence saying what changed ("the value changed from 4.2 million to 5 million GBP"). */
  explanation: z.string(),
  /** For quotes and findings whose words changed: the word-level difference. */
  diff: z.array(DiffPart).optional(),
});
export type DiffChange = z.infer<typeof DiffChange>;


/** The document `claimcheck diff OLD NEW --format json` prints. */
export const DiffReport = z.object({
  schema: z.literal(DIFF_SCHEMA),
  old: ArticleMeta.pick({ id: true, path: true, title: true, publisher: true, published: true }),
  new: ArticleMeta.pick({ id: true, path: true, title: true, publisher: true, published: true }),
  added: z.array(GroupClaim.extend({ type: ClaimType })),
  removed: z.array(GroupClaim.extend({ type: ClaimType })),
  changed: z.array(DiffChange),
  unchanged: z.array(GroupClaim.extend({ type: ClaimType })),
  errors: z.array(InputError),
});
export type DiffReport = z.infer<typeof DiffReport>;

// ---- text: the body and metadata that claims are extracted from ----


/** One article as `claimcheck text` prints it. */
export const TextArticle = ArticleMeta.extend({
  /** Declared language of an HTML page; `null` for other inputs or when not declared. */
  language: z.string().nullable(),
  body: z.string(),
  /** Regions of `body` that extraction skips (boilerplate, markup), sorted and non-overlapping. */
  excluded: z.array(ExcludedSpan),
});
export type TextArticle = z.infer<typeof TextArticle>;

/** The document `claimcheck text --format json` prints. */
export const TextReport = z.object({
  schema: z.literal(TEXT_SCHEMA),
  articles: z.array(TextArticle),
  errors: z.array(InputError),
});
export type TextReport = z.infer<typeof TextReport>;
