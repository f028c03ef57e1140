/**
 * Events that dates and durations are told about, as data. A date's event is read from the
 * words near it ("last inspected in …", "the review … in …"); a marker word says whether the
 * event is an earlier one ("since the inspection in …", "the previous review") or the one the
 * story is about. The compare stage (`src/compare/`) keys date groups by `class:tense`.
 * Words are lower case and matched by their Porter stem, so one entry covers its inflections;
 * words whose stem is also another common word are matched as written (`exact`).
 */

export interface EventClass {
  /** Rule id fragment and group key, e.g. `event/inspection`. */
  readonly id: string;
  /** Words of the event, lower case, as written; matched by stem. */
  readonly words: readonly string[];
  /**
   * Words matched only as written: their stem is also a common word of another sense ("found"
   * of "founded" is also the past of "find", "close" of "closed" an adjective, "tri" of "tried"
   * also "trying", "rate" of "rated" a noun).
   */
  readonly exact?: readonly string[];
}

export const EVENT_CLASSES: readonly EventClass[] = [
  { id: 'event/inspection', words: ['inspection', 'inspected', 'inspect', 'reinspection', 'reinspected', 'audit', 'audited'], exact: ['rated', 'rating'] },
  { id: 'event/review', words: ['review', 'reviewed', 'inquiry', 'investigation', 'probe'] },
  { id: 'event/election', words: ['election', 'elected', 'vote', 'voted', 'poll', 'referendum'] },
  { id: 'event/meeting', words: ['meeting', 'met', 'summit', 'conference', 'hearing'] },
  { id: 'event/trial', words: ['trial', 'convicted', 'sentenced', 'verdict', 'court'], exact: ['tried'] },
  { id: 'event/publication', words: ['published', 'publication', 'released', 'announced', 'announcement', 'launched', 'launch'] },
  { id: 'event/appointment', words: ['appointed', 'appointment', 'hired', 'resigned', 'resignation', 'sacked', 'dismissed'] },
  { id: 'event/opening', words: ['closure', 'built'], exact: ['opened', 'opening', 'closed', 'founded'] },
  { id: 'event/incident', words: ['attack', 'fire', 'crash', 'collapse', 'explosion', 'flood', 'outbreak', 'died', 'death', 'killed'] },
];

/** Words that place an event before the one the story is about ("since", "last", "previous"). */
export const PRIOR_MARKERS: readonly string[] = [
  'since', 'last', 'previous', 'previously', 'prior', 'earlier', 'former', 'formerly', 'ago', 'first', 'preceding',
];

/** Words that turn a statement round ("not effective"); kept apart from content when grouping findings. */
export const NEGATORS: readonly string[] = [
  'not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'without', 'cannot', 'hardly', 'barely',
];

/** Time units of durations, in days. */
export const DURATION_DAYS: Readonly<Record<string, number>> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  fortnight: 14,
  month: 365.25 / 12,
  year: 365.25,
  decade: 3652.5,
};
