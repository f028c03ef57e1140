/**
 * Honorifics and role words that stand before or after a person's name. Honorifics are
 * stripped from a canonical name and kept in the speaker's `role`; role words mark a phrase
 * as a description of a person ("a spokesman for …", "chairman of the committee").
 */
import type { Gender } from './pronouns.js';

export interface Honorific {
  id: string;
  /** Forms as written, without a trailing full stop (it is optional: "Dr" and "Dr."). */
  forms: readonly string[];
  gender: Gender;
}

const H = (id: string, gender: Gender, ...forms: string[]): Honorific => ({ id: `title/${id}`, forms, gender });

export const HONORIFICS: readonly Honorific[] = [
  H('mr', 'male', 'Mr', 'Mister'),
  H('mrs', 'female', 'Mrs'),
  H('ms', 'female', 'Ms', 'Miss'),
  H('mx', 'unknown', 'Mx'),
  H('dr', 'unknown', 'Dr', 'Doctor'),
  H('prof', 'unknown', 'Prof', 'Professor'),
  H('sir', 'male', 'Sir'),
  H('dame', 'female', 'Dame'),
  H('lord', 'male', 'Lord'),
  H('lady', 'female', 'Lady'),
  H('baroness', 'female', 'Baroness'),
  H('baron', 'male', 'Baron'),
  H('cllr', 'unknown', 'Cllr', 'Councillor', 'Councilor', 'Councilman', 'Councilwoman', 'Alderman', 'Alderwoman'),
  H('sen', 'unknown', 'Sen', 'Senator'),
  H('rep', 'unknown', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Assemblyman', 'Assemblywoman', 'Del', 'Delegate'),
  H('gov', 'unknown', 'Gov', 'Governor', 'Lt. Gov', 'Lieutenant Governor'),
  H('mayor', 'unknown', 'Mayor'),
  H('president', 'unknown', 'President', 'Pres', 'President-elect', 'Vice President', 'Vice-President', 'VP'),
  H('secretary', 'unknown', 'Secretary', 'Secretary of State', 'Sec'),
  H('speaker', 'unknown', 'Speaker', 'House Speaker'),
  H('leader', 'unknown', 'Leader', 'Majority Leader', 'Minority Leader'),
  H('minister', 'unknown', 'Minister', 'Prime Minister', 'PM', 'Chancellor', 'Premier'),
  H('ag', 'unknown', 'Attorney General', 'AG', 'Solicitor General'),
  H('judge', 'unknown', 'Judge', 'Justice', 'Chief Justice', 'Magistrate'),
  H('rev', 'unknown', 'Rev', 'Reverend', 'Father', 'Fr', 'Pastor', 'Rabbi', 'Imam', 'Bishop', 'Archbishop', 'Cardinal', 'Pope', 'Sister', 'Brother'),
  H('royal', 'unknown', 'King', 'Queen', 'Prince', 'Princess', 'Duke', 'Duchess', 'Countess'),
  H('military', 'unknown', 'Gen', 'General', 'Lt', 'Lieutenant', 'Col', 'Colonel', 'Maj', 'Major', 'Capt', 'Captain', 'Sgt', 'Sergeant',
    'Cpl', 'Corporal', 'Pvt', 'Private', 'Adm', 'Admiral', 'Cmdr', 'Commander', 'Lt. Col', 'Lt. Gen', 'Maj. Gen', 'Brig. Gen', 'Gen'),
  H('police', 'unknown', 'Officer', 'Detective', 'Det', 'Inspector', 'Insp', 'Constable', 'PC', 'DC', 'DI', 'DCI', 'Supt', 'Superintendent',
    'Chief Constable', 'Commissioner', 'Sheriff', 'Deputy', 'Trooper', 'Agent'),
  H('coach', 'unknown', 'Coach'),
  H('ambassador', 'unknown', 'Ambassador', 'Amb'),
];

/** Name suffixes ("Jr.", "III"): kept with a speaker phrase's name, but never a surname in the entity table. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr', 'II', 'III', 'IV', 'Jnr', 'Snr']);

/** Lower-case particles that may stand inside a name ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter']);

/** Honorific form (as written, no full stop) → honorific; multi-word forms keyed by their words joined with a space. */
export const HONORIFIC_BY_FORM: ReadonlyMap<string, Honorific> = new Map(
  HONORIFICS.flatMap((h) => h.forms.map((f) => [f, h] as const)),
);

/** Also match the lower-case forms when written after a role phrase ("councillor Jane Doe"). */
export const HONORIFIC_BY_LOWER: ReadonlyMap<string, Honorific> = new Map(
  HONORIFICS.flatMap((h) => h.forms.map((f) => [f.toLowerCase(), h] as const)),
);

export interface RoleWord {
  id: string;
  /** Lower-case singular form, and its plural. */
  word: string;
  plural: string;
  gender: Gender;
}

const R = (word: string, gender: Gender = 'unknown', plural = `${word}s`): RoleWord => ({ id: `role/${word}`, word, plural, gender });

/**
 * Nouns that describe a person by their job or position. A noun phrase headed by one of
 * these is a person description ("the director of the services", "a White House spokesman").
 */
export const ROLE_WORDS: readonly RoleWord[] = [
  R('spokesman', 'male', 'spokesmen'), R('spokeswoman', 'female', 'spokeswomen'), R('spokesperson', 'unknown', 'spokespeople'),
  R('director'), R('chairman', 'male', 'chairmen'), R('chairwoman', 'female', 'chairwomen'), R('chair'), R('chairperson'),
  R('leader'), R('head'), R('chief'), R('executive'), R('president'), R('secretary', 'unknown', 'secretaries'), R('minister'),
  R('member'), R('manager'), R('officer'), R('official'), R('councillor'), R('councilor'), R('mayor'), R('governor'),
  R('senator'), R('congressman', 'male', 'congressmen'), R('congresswoman', 'female', 'congresswomen'), R('representative'),
  R('lawmaker'), R('legislator'), R('candidate'), R('nominee'), R('adviser'), R('advisor'), R('aide'), R('strategist'),
  R('consultant'), R('analyst'), R('expert'), R('professor'), R('researcher'), R('economist'), R('lawyer'), R('attorney'),
  R('prosecutor'), R('judge'), R('inspector'), R('commissioner'), R('superintendent'), R('sheriff'), R('detective'),
  R('founder'), R('owner'), R('partner'), R('colleague'), R('campaigner'), R('activist'), R('organizer'), R('organiser'),
  R('teacher'), R('headteacher'), R('principal'), R('doctor'), R('nurse'), R('surgeon'), R('scientist'), R('author'),
  R('writer'), R('editor'), R('reporter'), R('journalist'), R('columnist'), R('host'), R('anchor'), R('commentator'),
  R('pollster'), R('chancellor'), R('ambassador'), R('envoy'), R('diplomat'), R('general'), R('commander'), R('coach'),
  R('mother', 'female'), R('father', 'male'), R('wife', 'female', 'wives'), R('husband', 'male'), R('son', 'male'),
  R('daughter', 'female'), R('sister', 'female'), R('brother', 'male'), R('resident'), R('voter'), R('supporter'),
  R('witness', 'unknown', 'witnesses'), R('victim'), R('student'), R('worker'), R('employee'), R('staffer'),
  R('deputy', 'unknown', 'deputies'), R('assistant'), R('vice'), R('ceo'), R('cfo'), R('mp'), R('mep'), R('msp'), R('am'),
  R('businessman', 'male', 'businessmen'), R('businesswoman', 'female', 'businesswomen'), R('mogul'), R('tycoon'),
  R('billionaire'), R('entrepreneur'), R('investor'), R('banker'), R('actor'), R('actress', 'female', 'actresses'),
  R('singer'), R('comedian'), R('musician'), R('star'), R('player'), R('athlete'), R('pastor'), R('priest'),
  R('preacher'), R('publisher'), R('producer'), R('filmmaker'), R('physician'), R('veteran'), R('soldier'),
  R('front-runner'), R('frontrunner'), R('hopeful'), R('contender'), R('incumbent'), R('challenger'), R('rival'),
  R('opponent'), R('ally', 'unknown', 'allies'), R('critic'), R('backer'), R('donor'), R('delegate'), R('justice'),
  R('mom', 'female'), R('dad', 'male'), R('grandmother', 'female'), R('grandfather', 'male'), R('widow', 'female'),
  R('man', 'male', 'men'), R('woman', 'female', 'women'), R('boy', 'male'), R('girl', 'female'), R('person', 'unknown', 'people'),
];

export const ROLE_BY_WORD: ReadonlyMap<string, RoleWord> = new Map(
  ROLE_WORDS.flatMap((r) => [[r.word, r] as const, [r.plural, r] as const]),
);
