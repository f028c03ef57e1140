/**
 * Abbreviations that end in a full stop, grouped by how the sentence splitter treats a stop
 * after them. Data only: the decisions live in `src/text/sentences.ts`.
 *
 * Keys are the word before the stop as written, without the stop (`Mr`, `e.g`, `U.S`);
 * lookups are case-sensitive, so `No` (number) and `no` (the word) stay apart.
 */

/** How a stop after an abbreviation may end a sentence. */
export type AbbreviationKind =
  /** Never ends a sentence: a title before a name, or a Latin connective (`Mr.`, `e.g.`). */
  | 'never'
  /** Ends a sentence unless a number follows (`No. 10`, `Jan. 5`, `p. 12`). */
  | 'before-number'
  /**
   * Ends a sentence only when a typical sentence opener follows (`in the U.S. The …` splits,
   * `the U.S. President` does not); see {@link SENTENCE_STARTERS}.
   */
  | 'starter';

const NEVER = [
  // titles and ranks written before a name
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Profs', 'Cllr', 'Coun',
  'Rev', 'Revd', 'Fr', 'Rt', 'Hon', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Pres', 'Supt', 'Insp',
  'Det', 'Sgt', 'Cpl', 'Pte', 'Lt', 'Col', 'Capt', 'Cmdr', 'Cdr', 'Maj', 'Gen', 'Adm', 'Brig',
  'Lieut', 'Atty', 'Amb', 'Sec', 'Mt', 'Ft', 'Msgr', 'Sra', 'Srta',
  // connectives and hedges that are always followed by more of the sentence
  'e.g', 'i.e', 'eg', 'ie', 'cf', 'vs', 'viz', 'approx', 'ca', 'c', 'incl', 'esp', 'resp', 'aka',
  'a.k.a', 'w.r.t', 'Ref', 'ref', 'Tel', 'tel', 'Fax', 'Ext', 'ext',
];

const BEFORE_NUMBER = [
  'No', 'Nos', 'Nr', 'no', 'nos', 'Fig', 'Figs', 'fig', 'figs', 'Vol', 'Vols', 'vol', 'vols', 'p',
  'pp', 'Art', 'Arts', 'art', 'Ch', 'Chap', 'ch', 'Para', 'para', 'Paras', 'Pt', 'pt', 'Op', 'op',
  'Ex', 'Item', 'Sect', 'sect', 'Cl', 'cl', 'Reg', 'Rs', 'Nov', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs',
  'Fri', 'Sat', 'Sun', 'Rm', 'Flt',
];

const STARTER = [
  // company and name suffixes, street words: end a sentence as often as not
  'Inc', 'Ltd', 'Co', 'Corp', 'Plc', 'plc', 'Bros', 'Jr', 'Sr', 'Snr', 'Jnr', 'St', 'Ste', 'Ave', 'Rd',
  'Blvd', 'Sq', 'Ln', 'Est', 'est', 'Dept', 'dept', 'Govt', 'govt', 'Univ', 'Assn', 'Assoc',
  // times of day, and dotted acronyms (matched by shape as well, see isDottedAcronym)
  'a.m', 'p.m', 'A.M', 'P.M', 'U.S', 'U.K', 'U.N', 'E.U', 'U.S.A', 'D.C', 'B.C', 'A.D', 'Ph.D',
  'M.D', 'B.A', 'M.A', 'B.Sc', 'M.Sc', 'Ed.D', 'LL.B', 'J.D', 'et al', 'al',
];

/** Every known abbreviation with its kind. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationKind> = new Map<string, AbbreviationKind>([
  ...STARTER.map((w) => [w, 'starter'] as const),
  ...BEFORE_NUMBER.map((w) => [w, 'before-number'] as const),
  ...NEVER.map((w) => [w, 'never'] as const),
]);

/**
 * Words that typically open an English sentence (pronouns, determiners, conjunctions, common
 * prepositions and adverbs). After an ambiguous abbreviation or a single initial, a capitalised
 * word from this list means the stop ended the sentence; a name (`Rowling`) means it did not.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'It’s', "It's",
  'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'One', 'Some',
  'Many', 'Most', 'All', 'Each', 'Every', 'Both', 'Neither', 'Either', 'No', 'None', 'Nor', 'Not',
  'But', 'And', 'Or', 'So', 'Yet', 'Still', 'Then', 'Now', 'However', 'Meanwhile', 'Instead',
  'Also', 'In', 'On', 'At', 'For', 'From', 'With', 'Without', 'By', 'Of', 'To', 'Under', 'Over',
  'After', 'Before', 'During', 'Since', 'Until', 'As', 'If', 'When', 'While', 'Where', 'Why',
  'How', 'What', 'Which', 'Who', 'Although', 'Though', 'Because', 'Despite', 'Last', 'Next',
  'Other', 'Another', 'Such', 'Only', 'Even', 'More', 'Less', 'Further', 'Officials', 'Police',
  'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does',
  'Did', 'Can', 'Could', 'Will', 'Would', 'Should', 'May', 'Might', 'Must', 'Has', 'Have', 'Had',
]);
