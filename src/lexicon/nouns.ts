/**
 * Nouns as data for the counted subject of a figure ("345 children" → unit `child`): irregular
 * plurals, nouns that do not change, suffix rules for the regular ones, and the words that end a
 * noun phrase. The logic that applies them is `src/extract/figures/singular.ts`.
 */

/** Irregular plural → singular. Checked before the suffix rules; also covers -us/-is/-on words. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  children: 'child', people: 'person', persons: 'person', women: 'woman', men: 'man',
  teeth: 'tooth', feet: 'foot', geese: 'goose', mice: 'mouse', lice: 'louse', oxen: 'ox',
  dice: 'die', brethren: 'brother',
  // Greek and Latin plurals.
  criteria: 'criterion', phenomena: 'phenomenon', analyses: 'analysis', crises: 'crisis',
  diagnoses: 'diagnosis', prognoses: 'prognosis', theses: 'thesis', hypotheses: 'hypothesis',
  bases: 'basis', oases: 'oasis', axes: 'axis', parentheses: 'parenthesis', syntheses: 'synthesis',
  emphases: 'emphasis', neuroses: 'neurosis', overdoses: 'overdose', doses: 'dose',
  cacti: 'cactus', fungi: 'fungus', nuclei: 'nucleus', stimuli: 'stimulus', syllabi: 'syllabus',
  alumni: 'alumnus', radii: 'radius', bacteria: 'bacterium', curricula: 'curriculum',
  memoranda: 'memorandum', strata: 'stratum', media: 'medium', referenda: 'referendum',
  indices: 'index', appendices: 'appendix', matrices: 'matrix', vertices: 'vertex',
  // -us words that take -es.
  buses: 'bus', viruses: 'virus', bonuses: 'bonus', campuses: 'campus', censuses: 'census',
  statuses: 'status', circuses: 'circus', surpluses: 'surplus', consensuses: 'consensus',
  geniuses: 'genius', octopuses: 'octopus', prospectuses: 'prospectus', syllabuses: 'syllabus',
  apparatuses: 'apparatus', choruses: 'chorus', walruses: 'walrus', minibuses: 'minibus',
  gases: 'gas', atlases: 'atlas', canvases: 'canvas', aliases: 'alias', biases: 'bias',
  // -f/-fe words that take -ves.
  wives: 'wife', lives: 'life', knives: 'knife', wolves: 'wolf', halves: 'half', leaves: 'leaf',
  shelves: 'shelf', thieves: 'thief', loaves: 'loaf', calves: 'calf', selves: 'self',
  elves: 'elf', scarves: 'scarf', hooves: 'hoof', wharves: 'wharf', sheaves: 'sheaf',
  // -o words that take -es.
  heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato', echoes: 'echo', vetoes: 'veto',
  torpedoes: 'torpedo', volcanoes: 'volcano', mosquitoes: 'mosquito', embargoes: 'embargo',
  dominoes: 'domino', tornadoes: 'tornado', cargoes: 'cargo',
  // -ies words whose singular ends -ie.
  movies: 'movie', cookies: 'cookie', zombies: 'zombie', calories: 'calorie', pies: 'pie',
  ties: 'tie', lies: 'lie', rookies: 'rookie', hoodies: 'hoodie', selfies: 'selfie',
  brownies: 'brownie', prairies: 'prairie', aunties: 'auntie', goalies: 'goalie', freebies: 'freebie',
  // -ches/-shes/-xes/-zzes/-sses are handled by rules; -ches that keep the e:
  headaches: 'headache', niches: 'niche', caches: 'cache', avalanches: 'avalanche',
  moustaches: 'moustache', cliches: 'cliche', quiches: 'quiche', microfiches: 'microfiche',
  // Plurals that end in s but whose singular ends in -se (not caught by -ses rule exceptions).
  cases: 'case', houses: 'house', courses: 'course', nurses: 'nurse', responses: 'response',
  causes: 'cause', licenses: 'license', licences: 'licence', expenses: 'expense', purposes: 'purpose',
  // -ves words that keep -ve are the default rule; nothing to list.
};

/** Nouns whose plural is the singular (or that are only plural): unit is the word itself. */
export const INVARIANT_NOUNS: ReadonlySet<string> = new Set([
  'sheep', 'fish', 'deer', 'species', 'series', 'aircraft', 'spacecraft', 'police', 'staff',
  'personnel', 'cattle', 'livestock', 'offspring', 'salmon', 'trout', 'swine', 'moose', 'bison',
  'headquarters', 'means', 'news', 'crossroads', 'barracks', 'data', 'clothes', 'pence',
  'troops', 'premises', 'feedback', 'equipment', 'information', 'research', 'evidence',
]);

/**
 * Invariant nouns that are plural in sense, so they may be counted ("200 police", "40 staff").
 * Nouns such as `information` are invariant but never counted, so they are left out.
 */
export const COUNTABLE_INVARIANTS: ReadonlySet<string> = new Set([
  'sheep', 'fish', 'deer', 'species', 'series', 'aircraft', 'spacecraft', 'police', 'staff',
  'personnel', 'cattle', 'offspring', 'salmon', 'trout', 'swine', 'moose', 'bison', 'premises',
]);

/**
 * Suffix rules for regular plurals, tried in order; the first whose `suffix` ends the word wins
 * when the word is at least `minLength` long. The stem is the word without `suffix`, plus `add`.
 */
export interface SingularRule {
  id: string;
  suffix: string;
  add: string;
  minLength: number;
}

export const SINGULAR_RULES: readonly SingularRule[] = [
  { id: 'plural/-men', suffix: 'men', add: 'man', minLength: 6 }, // chairmen, policemen (not "omen")
  { id: 'plural/-ies', suffix: 'ies', add: 'y', minLength: 4 }, // authorities, families
  { id: 'plural/-sses', suffix: 'sses', add: 'ss', minLength: 5 }, // classes, businesses
  { id: 'plural/-xes', suffix: 'xes', add: 'x', minLength: 4 }, // boxes, taxes
  { id: 'plural/-zzes', suffix: 'zzes', add: 'zz', minLength: 5 }, // buzzes
  { id: 'plural/-ches', suffix: 'ches', add: 'ch', minLength: 5 }, // matches, churches
  { id: 'plural/-shes', suffix: 'shes', add: 'sh', minLength: 5 }, // dishes, crashes
  { id: 'plural/-oes', suffix: 'oes', add: 'oe', minLength: 4 }, // shoes, toes (heroes are irregular)
  { id: 'plural/-s', suffix: 's', add: '', minLength: 3 }, // members, notifications, cases
];

/** Endings of words that end in s without being plurals ("bus", "crisis", "class"). */
export const NON_PLURAL_S_ENDINGS: readonly string[] = ['ss', 'us', 'is', 'ous', "'s", '’s'];

/**
 * Words that end the noun phrase after a number: function words, auxiliaries, pronouns and
 * adverbs of time. A counted noun is looked for only in the words before the first of these.
 */
export const PHRASE_BREAKERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with',
  'without', 'by', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'will',
  'would', 'could', 'should', 'shall', 'may', 'might', 'must', 'can', 'do', 'does', 'did', 'not',
  'no', 'more', 'less', 'fewer', 'most', 'least', 'last', 'next', 'per', 'each', 'every', 'ago',
  'earlier', 'later', 'before', 'after', 'since', 'until', 'till', 'into', 'onto', 'over', 'under',
  'about', 'between', 'among', 'across', 'through', 'during', 'including', 'while', 'when', 'where',
  'it', 'its', 'they', 'their', 'them', 'he', 'his', 'him', 'she', 'her', 'we', 'our', 'you', 'your',
  'i', 'my', 'me', 'us', 'there', 'here', 'so', 'such', 'also', 'just', 'only', 'still', 'already',
  'up', 'down', 'out', 'off', 'away', 'back', 'if', 'because', 'although', 'though', 'whereas',
  'then', 'now', 'yet', 'even', 'all', 'both', 'either', 'neither', 'any', 'some', 'other', 'others',
  'own', 'same', 'very', 'too', 'again', 'ever', 'never', 'always', 'often', 'against', 'within',
  'upon', 'via', 'like', 'unlike', 'behind', 'beyond', 'toward', 'towards', 'despite', 'above',
  'below', 'around', 'near', 'nearly', 'almost', 'approximately', 'roughly', 'plus', 'minus',
  'times', 'percent', 'today', 'yesterday', 'tomorrow', 'tonight', 'say', 'says', 'said', 'got',
  'get', 'gets', 'went', 'go', 'goes', 'came', 'come', 'comes', 'made', 'make', 'makes', 'took',
  'take', 'takes', 'saw', 'see', 'sees', 'what', 'why', 'how', 'one', 'ones', 'apiece', 'each',
  'respectively', 'overall', 'altogether', 'total', 'already', 'instead', 'rather', 'whether',
]);

/** Words after a count that may be skipped before its noun: "200 more police officers". */
export const COUNT_MODIFIERS: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'extra', 'additional', 'other']);

/** Words that end the clause taken as a figure's subject: "children were in care | with 196 more …". */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'with', 'while', 'whereas', 'which', 'who', 'whom', 'whose', 'because',
  'although', 'though', 'when', 'where', 'if', 'unless', 'so', 'since', 'after', 'before', 'as',
  'than', 'that', 'including', 'compared', 'according', 'said', 'says',
]);

/**
 * Determiners after "of" that make a number partitive: "14 of the nurses", "two of its
 * ships" → counted noun `nurse`, `ship`. ("three of them" has no noun and stays bare.)
 */
export const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'my', 'your',
]);

/**
 * Capitalised plurals that are counted nouns rather than names: nationality and group nouns in
 * -ans/-ians ("40 Canadians", "300 Christians"). A capitalised plural with any other ending
 * ("3 Doors Down") is left alone; upper-case acronym plurals ("60 MPs", "88 RBIs") are read by the
 * finder without a list.
 */
export const GROUP_PLURAL_ENDINGS: readonly string[] = ['ans'];

/** At most this many capitalised words may stand between a number and its noun: "26 North Sea oil rigs". */
export const MAX_CAPITALISED_MODIFIERS = 3;

/**
 * Words after "N times" that make it a multiplier ("three times as many", "ten times the size",
 * "five times higher"), not a count of occasions ("arrested four times"). Comparatives in -er are
 * treated as multipliers too.
 */
export const MULTIPLIER_FOLLOWERS: ReadonlySet<string> = new Set([
  'as', 'the', 'more', 'less', 'that', 'what', 'its', 'their', 'his', 'her', 'our', 'this', 'those', 'these',
  'over', 'per', 'a', 'an', 'faster', 'higher', 'greater', 'bigger', 'larger', 'lower', 'smaller', 'worse', 'better',
]);
