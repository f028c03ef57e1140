/**
 * Findings: the words that mark a reported statement of a person or body ("inspectors found",
 * "the report said", "the regulator rated … inadequate", "according to"), the nouns that can
 * stand as its source, and the judgement words kept as a finding's `rating`. Data only; the
 * findings extractor (`src/extract/findings/`) matches these by lower-case word form, and its
 * rule ids name the entry that fired.
 */

/**
 * What a verb does with what follows it:
 * - `report`: a clause or object is the reported content ("found that …", "criticised the …");
 * - `rate`: an object and a judgement ("rated the service inadequate"), or a clause with `that`.
 */
export type FindingVerbKind = 'report' | 'rate';

export interface FindingVerb {
  id: string;
  lemma: string;
  /** Forms as written in news, lower case (past, present, base; British and US spellings). */
  forms: readonly string[];
  kind: FindingVerbKind;
  /** The verb can close a sentence after its content ("…, said the report", "…, inspectors found"). */
  after?: boolean;
  /** A short object may be followed by a judgement ("found him guilty", "found the home unsafe"). */
  objectRating?: boolean;
  /**
   * Forms that report only before `that` or a colon: nouns in news far more often than verbs
   * ("swing states of Ohio", "rules violations", "initial estimates indicate", "national
   * flags"), or a verb that reports only a clause ("established that …"; "established a
   * council" is no report).
   */
  clauseOnly?: readonly string[];
}

const V = (lemma: string, forms: string[], kind: FindingVerbKind = 'report', after = false, objectRating = false): FindingVerb => ({
  id: `finding-verb/${lemma}`,
  lemma,
  forms: [lemma, ...forms],
  kind,
  ...(after ? { after } : {}),
  ...(objectRating ? { objectRating } : {}),
});

export const FINDING_VERBS: readonly FindingVerb[] = [
  V('find', ['found', 'finds'], 'report', true, true),
  V('identify', ['identified', 'identifies'], 'report'),
  V('note', ['noted', 'notes'], 'report', true),
  V('highlight', ['highlighted', 'highlights'], 'report'),
  V('warn', ['warned', 'warns'], 'report', true),
  V('criticise', ['criticised', 'criticises', 'criticize', 'criticized', 'criticizes'], 'report'),
  V('conclude', ['concluded', 'concludes'], 'report', true),
  V('show', ['showed', 'shows', 'shown'], 'report', true),
  V('reveal', ['revealed', 'reveals'], 'report', true),
  V('recommend', ['recommended', 'recommends'], 'report'),
  V('say', ['said', 'says'], 'report', true),
  V('tell', ['told', 'tells'], 'report', true),
  V('believe', ['believed', 'believes'], 'report', true),
  V('think', ['thought', 'thinks'], 'report', true),
  V('write', ['wrote', 'writes'], 'report', true),
  V('explain', ['explained', 'explains'], 'report', true),
  { ...V('state', ['stated', 'states'], 'report', true), clauseOnly: ['state', 'states'] },
  V('report', ['reported', 'reports'], 'report', true),
  V('add', ['added', 'adds'], 'report', true),
  V('uncover', ['uncovered', 'uncovers'], 'report'),
  V('discover', ['discovered', 'discovers'], 'report'),
  V('observe', ['observed', 'observes'], 'report', true),
  V('describe', ['described', 'describes'], 'report', false, true),
  V('accuse', ['accused', 'accuses'], 'report'),
  V('condemn', ['condemned', 'condemns'], 'report', false, true),
  V('blame', ['blamed', 'blames'], 'report'),
  V('praise', ['praised', 'praises'], 'report'),
  V('acknowledge', ['acknowledged', 'acknowledges'], 'report', true),
  V('confirm', ['confirmed', 'confirms'], 'report', true),
  V('suggest', ['suggested', 'suggests'], 'report', true),
  { ...V('estimate', ['estimated', 'estimates'], 'report', true), clauseOnly: ['estimate', 'estimates'] },
  V('claim', ['claimed', 'claims'], 'report', true),
  V('argue', ['argued', 'argues'], 'report', true),
  { ...V('rule', ['ruled', 'rules'], 'report', true, true), clauseOnly: ['rule', 'rules'] },
  { ...V('establish', ['established', 'establishes'], 'report'), clauseOnly: ['establish', 'established', 'establishes'] },
  V('spotlight', ['spotlighted', 'spotlights'], 'report'),
  { ...V('flag', ['flagged', 'flags'], 'report'), clauseOnly: ['flag', 'flags'] },
  V('indicate', ['indicated', 'indicates'], 'report', true),
  V('demonstrate', ['demonstrated', 'demonstrates'], 'report'),
  V('allege', ['alleged', 'alleges'], 'report', true),
  V('insist', ['insisted', 'insists'], 'report', true),
  V('predict', ['predicted', 'predicts'], 'report', true),
  V('expose', ['exposed', 'exposes'], 'report'),
  V('admit', ['admitted', 'admits'], 'report', true),
  V('announce', ['announced', 'announces'], 'report'),
  V('determine', ['determined', 'determines'], 'report'),
  V('question', ['questioned', 'questions'], 'report'),
  V('rate', ['rated', 'rates'], 'rate'),
  V('judge', ['judged', 'judges'], 'rate'),
  V('declare', ['declared', 'declares'], 'rate'),
  V('deem', ['deemed', 'deems'], 'rate'),
  V('grade', ['graded', 'grades'], 'rate'),
  V('rank', ['ranked', 'ranks'], 'rate'),
  V('brand', ['branded', 'brands'], 'rate'),
  V('label', ['labelled', 'labeled', 'labels'], 'rate'),
  V('class', ['classed'], 'rate'),
  V('classify', ['classified', 'classifies'], 'rate'),
];

/**
 * Words that may stand between a source and its verb and belong to the cue as written
 * ("also found", "did find", "have repeatedly warned", "did not find").
 */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'did', 'does', 'do', 'have', 'has', 'had', 'previously', 'further', 'recently', 'repeatedly',
  'now', 'then', 'later', 'subsequently', 'ultimately', 'today', 'yesterday', 'earlier', 'not', 'never',
  'separately', 'additionally', 'originally', 'initially', 'consistently', 'explicitly', 'specifically',
  'will', 'would', 'may', 'could', 'might', 'can', 'should', 'must', 'already', 'still', 'only',
  'themselves', 'itself', 'too', 'each', 'all', 'both',
]);

/** Forms of "be": before a finding verb they make it passive ("were found to", "was rated"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't", "weren't", "aren't"]);

/** How a source noun is named canonically and what a pronoun may take it for. */
export type SourceKind = 'group' | 'body' | 'document';

export interface SourceNoun {
  id: string;
  /** Lower-case head noun as written. */
  noun: string;
  /** `group` nouns are plural people and read bare ("inspectors"); others take "the" ("the report"). */
  kind: SourceKind;
}

const nouns = (kind: SourceKind, ...words: string[]): SourceNoun[] => words.map((noun) => ({ id: `source/${noun}`, noun, kind }));

/** Head nouns that can be the source of a finding when no proper name is given. */
export const SOURCE_NOUNS: readonly SourceNoun[] = [
  ...nouns('group',
    'inspectors', 'researchers', 'auditors', 'investigators', 'scientists', 'officials', 'experts', 'authors',
    'analysts', 'economists', 'doctors', 'police', 'officers', 'detectives', 'prosecutors', 'judges',
    'regulators', 'reviewers', 'assessors', 'examiners', 'pollsters', 'academics', 'campaigners',
    'critics', 'mps', 'councillors', 'residents', 'parents', 'teachers', 'staff', 'ministers', 'medics',
    'surgeons', 'nurses', 'coroners', 'lawyers', 'jurors', 'engineers', 'epidemiologists', 'statisticians',
    'figures', 'statistics', 'data', 'results', 'records', 'documents', 'tests', 'papers',
    'estimates', 'forecasts', 'polls', 'surveys', 'studies', 'reports', 'minutes', 'emails', 'files',
    'respondents', 'voters', 'patients', 'witnesses', 'observers', 'monitors', 'commissioners', 'trustees',
    'governors', 'managers', 'leaders', 'bosses', 'executives', 'directors', 'unions', 'charities', 'sources',
  ),
  ...nouns('body',
    'inspectorate', 'watchdog', 'regulator', 'court', 'judge', 'jury', 'tribunal', 'panel', 'committee',
    'council', 'board', 'government', 'ministry', 'department', 'agency', 'commission', 'authority', 'trust',
    'coroner', 'ombudsman', 'auditor', 'inspector', 'spokesman', 'spokeswoman', 'spokesperson', 'company',
    'firm', 'force', 'service', 'university', 'hospital', 'school', 'charity', 'union', 'bank', 'institute',
    'office', 'team', 'group', 'party', 'campaign', 'prosecutor', 'magistrate', 'senate', 'congress',
    'parliament', 'cabinet', 'mayor', 'minister', 'secretary', 'chairman', 'chairwoman', 'chair', 'leader',
    'director', 'president', 'chief', 'officer', 'commissioner', 'researcher', 'professor', 'doctor',
    'pollster', 'insurer', 'lender', 'manufacturer', 'operator', 'network', 'organisation', 'organization',
  ),
  ...nouns('document',
    'report', 'study', 'review', 'inspection', 'audit', 'survey', 'poll', 'analysis', 'investigation',
    'inquiry', 'paper', 'research', 'evaluation', 'assessment', 'ruling', 'judgment', 'judgement', 'verdict',
    'letter', 'document', 'memo', 'statement', 'update', 'summary', 'findings', 'census', 'trial', 'probe',
    'briefing', 'dossier', 'filing', 'complaint', 'indictment', 'affidavit', 'submission', 'consultation',
    'index', 'model', 'forecast', 'estimate', 'test', 'experiment', 'examination', 'post-mortem', 'autopsy',
  ),
];

/** Pronouns that can stand as a source; they are resolved to the nearest compatible source before. */
export const SOURCE_PRONOUNS: ReadonlyMap<string, 'plural' | 'thing' | 'person'> = new Map([
  ['they', 'plural'],
  ['it', 'thing'],
  ['he', 'person'],
  ['she', 'person'],
]);

/** Titles dropped from a person's name ("Dr Jane Smith" → "Jane Smith"). Lower case, no stop. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'cllr',
  'councillor', 'rev', 'reverend', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'judge', 'justice',
  'detective', 'inspector', 'sergeant', 'sgt', 'constable', 'pc', 'dci', 'di', 'chief', 'superintendent',
  'supt', 'commander', 'president', 'minister', 'secretary', 'baroness', 'baron', 'st',
]);

/** Capitalised words that mark an organisation rather than a person in a name. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'council', 'board', 'committee', 'department', 'service', 'services', 'office', 'ministry', 'agency', 'trust',
  'court', 'commission', 'university', 'hospital', 'school', 'police', 'authority', 'borough', 'county',
  'government', 'institute', 'foundation', 'association', 'society', 'bank', 'group', 'company', 'party',
  'union', 'federation', 'network', 'partnership', 'centre', 'center', 'college', 'academy', 'nhs', 'unit',
  'force', 'team', 'fund', 'organisation', 'organization', 'inc', 'ltd', 'plc', 'corporation', 'news',
  'times', 'post', 'press', 'inspectorate', 'tribunal', 'parliament', 'assembly', 'senate', 'congress',
]);

/**
 * Words that end a source's noun phrase when walking back from the verb: a subject never
 * stretches over them ("… after inspectors found" → "inspectors").
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'and', 'but', 'or', 'which', 'who', 'whom', 'whose', 'after', 'before', 'when', 'while', 'whilst',
  'as', 'because', 'since', 'if', 'although', 'though', 'where', 'however', 'so', 'yet', 'than', 'until',
  'once', 'unless', 'whether', 'what', 'how', 'why', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to',
  'into', 'about', 'over', 'under', 'between', 'among', 'during', 'without', 'against', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'not', 'also', 'did', 'has', 'have', 'had', 'i', 'we', 'you', 'me', 'us',
  'there', 'here', 'this', 'these', 'those', 'said', 'says', 'found', 'of',
]);

/** Determiners and possessives that may open a source's noun phrase; they stop the walk back. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'that', 'one', 'some',
  'many', 'several', 'most', 'two', 'three', 'four', 'five', 'other', 'another', 'each', 'every', 'all', 'both',
]);

/**
 * A list is introduced by a sentence ending in a colon that has a finding verb ("The
 * inspectorate also found:", "The regulator recommends that the trust:") or one of these nouns
 * with a verb of being or including ("Among failings highlighted are:", "Key findings include:").
 */
export const LIST_NOUNS: ReadonlySet<string> = new Set([
  'findings', 'failings', 'failures', 'concerns', 'issues', 'problems', 'weaknesses', 'criticisms',
  'recommendations', 'conclusions', 'strengths', 'shortcomings', 'flaws', 'breaches', 'faults',
  'deficiencies', 'areas', 'points', 'observations', 'judgements', 'judgments', 'ratings', 'results',
]);

export const LIST_LINKS: ReadonlySet<string> = new Set(['are', 'were', 'include', 'included', 'includes', 'included:', 'was', 'is']);

/**
 * Judgement words kept as a finding's `rating`. `predicative` words count only where the
 * finding says something *is* that ("was inadequate", "as good", "rated … outstanding");
 * `rated` words only after a rating verb ("graded gold"); `anywhere` phrases are ratings
 * wherever they stand ("requires improvement", "special measures").
 */
export interface RatingWord {
  id: string;
  /** Lower-case words, single-spaced. */
  phrase: string;
  /** The canonical rating. */
  rating: string;
  where: 'predicative' | 'rated' | 'anywhere';
}

const R = (where: RatingWord['where'], rating: string, ...phrases: string[]): RatingWord[] =>
  [rating, ...phrases].map((phrase) => ({ id: `rating/${rating.replace(/\W+/g, '-')}`, phrase, rating, where }));

export const RATING_WORDS: readonly RatingWord[] = [
  // Inspection grades (schools, children's services, hospitals, care homes, police forces, prisons)
  ...R('predicative', 'inadequate'),
  ...R('anywhere', 'requires improvement', 'require improvement', 'requiring improvement', 'requires improvement to be good'),
  ...R('predicative', 'good'),
  ...R('predicative', 'outstanding'),
  ...R('predicative', 'satisfactory'),
  ...R('predicative', 'unsatisfactory'),
  ...R('predicative', 'poor'),
  ...R('predicative', 'unsafe'),
  ...R('predicative', 'safe'),
  ...R('predicative', 'failing'),
  ...R('predicative', 'excellent'),
  ...R('predicative', 'adequate'),
  ...R('predicative', 'weak'),
  ...R('predicative', 'effective'),
  ...R('predicative', 'ineffective'),
  ...R('anywhere', 'special measures'),
  ...R('anywhere', 'serious weaknesses'),
  // Courts and regulators
  ...R('predicative', 'guilty'),
  ...R('predicative', 'liable'),
  ...R('predicative', 'negligent'),
  ...R('predicative', 'unlawful'),
  ...R('predicative', 'lawful'),
  ...R('predicative', 'illegal'),
  ...R('predicative', 'unconstitutional'),
  ...R('predicative', 'non-compliant'),
  ...R('predicative', 'compliant'),
  // Credit, university and hygiene grades: only after a rating verb
  ...R('rated', 'junk'),
  ...R('rated', 'gold'),
  ...R('rated', 'silver'),
  ...R('rated', 'bronze'),
  ...R('rated', 'very good'),
  ...R('rated', 'fair'),
];

/** Words that make a following rating word predicative ("was inadequate", "as good", "found to be safe"). */
export const RATING_LINKS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'as', 'remains', 'remained', 'remain', 'became',
  'become', 'becomes', 'deemed', 'rated', 'judged', 'declared', 'graded', 'found', 'seems', 'seemed',
  'appears', 'appeared', 'looks', 'looked', "isn't", "wasn't", "weren't", "aren't",
]);

/** Words allowed between a link and its rating word ("was still not good", "is now outstanding"). */
export const RATING_ADVERBS: ReadonlySet<string> = new Set([
  'not', 'still', 'now', 'overall', 'also', 'again', 'currently', 'previously', 'consistently', 'generally',
  'broadly', 'entirely', 'wholly', 'largely', 'rated', 'judged', 'only', 'never', 'no', 'longer', 'both',
]);

/** Words that, directly before a rating word, negate it (kept: "not effective" ≠ "effective"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', "isn't", "wasn't", "weren't", "aren't"]);
