/**
 * Words for bodies that speak in the news: organisations ("the council", "the committee"),
 * collective groups ("inspectors", "police", "officials") and documents ("the report",
 * "the statement"). A speaker phrase headed by one of these is normalised to a stable
 * form: `the <word>` for organisations and documents, the bare plural for groups, unless
 * the phrase carries a proper name ("Anytown Council", "the Department for Transport").
 */
import type { Entity } from '../schema.js';

export interface BodyWord {
  id: string;
  /** Lower-case forms that head the phrase (singular and plural). */
  forms: readonly string[];
  kind: Entity['kind'];
  /** The stable form a generic mention normalises to. */
  canonical: string;
}

const doc = (word: string, ...more: string[]): BodyWord => ({
  id: `body/${word}`, forms: [word, `${word}s`, ...more], kind: 'document', canonical: `the ${word}`,
});
const org = (word: string, ...more: string[]): BodyWord => ({
  id: `body/${word}`, forms: [word, ...more], kind: 'organisation', canonical: `the ${word}`,
});
const grp = (plural: string, ...more: string[]): BodyWord => ({
  id: `body/${plural}`, forms: [plural, ...more], kind: 'group', canonical: plural,
});

export const BODY_WORDS: readonly BodyWord[] = [
  doc('report'), doc('statement'), doc('study'), doc('survey'), doc('review'), doc('letter'), doc('document'),
  doc('ruling'), doc('judgment'), doc('judgement'), doc('complaint'), doc('memo'), doc('filing'), doc('lawsuit'),
  doc('poll'), doc('analysis', 'analyses'), doc('audit'), doc('editorial'), doc('release'), doc('press release'),
  doc('indictment'), doc('affidavit'), doc('email'), doc('e-mail'), doc('tweet'), doc('post'), doc('ad'), doc('advert'),
  doc('website'), doc('transcript'), doc('verdict'), doc('paper'), doc('assessment'), doc('inspection'), doc('findings'),
  org('council', 'councils'), org('committee', 'committees'), org('department'), org('ministry'), org('government'),
  org('administration'), org('agency'), org('board'), org('office'), org('court'), org('commission'), org('campaign'),
  org('party'), org('company'), org('firm'), org('union'), org('authority'), org('inspectorate'), org('regulator'),
  org('watchdog'), org('trust'), org('hospital'), org('school'), org('university'), org('bank'), org('association'),
  org('federation'), org('foundation'), org('institute'), org('organisation'), org('organization'), org('charity'),
  org('service'), org('force'), org('army'), org('military'), org('navy'), org('parliament'), org('congress'),
  org('senate'), org('cabinet'), org('embassy'), org('club'), org('team'), org('network'), org('newspaper'),
  org('magazine'), org('publication'), org('outlet'), org('broadcaster'), org('group'), org('coalition'), org('alliance'), org('panel'), org('tribunal'), org('executive'), org('cabinet'),
  org('white house'), org('pentagon'), org('kremlin'), { ...org('fbi'), canonical: 'the FBI' }, org('police department'),
  grp('inspectors'), grp('police', 'the police'), grp('officials'), grp('investigators'), grp('critics'), grp('experts'),
  grp('researchers'), grp('prosecutors'), grp('officers'), grp('authorities'), grp('campaigners'), grp('residents'),
  grp('sources'), grp('witnesses'), grp('analysts'), grp('aides'), grp('protesters'), grp('protestors'), grp('opponents'),
  grp('supporters'), grp('lawmakers'), grp('legislators'), grp('economists'), grp('scientists'), grp('doctors'),
  grp('leaders'), grp('members'), grp('councillors'), grp('ministers'), grp('teachers'), grp('parents'), grp('families'),
  grp('staff'), grp('workers'), grp('democrats'), grp('republicans'), grp('voters'), grp('organisers'), grp('organizers'),
  grp('activists'), grp('judges'), grp('lawyers'), grp('attorneys'), grp('regulators'), grp('inspectorate staff'),
];

/** Lower-case head form → body word. */
export const BODY_BY_FORM: ReadonlyMap<string, BodyWord> = new Map(BODY_WORDS.flatMap((b) => b.forms.map((f) => [f, b] as const)));

/**
 * Capitalised words that end (or head) the name of an organisation: a capitalised run ending
 * in one of these ("Anytown Borough Council", "Department for Education") is an organisation,
 * not a person.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'Council', 'Committee', 'Department', 'Ministry', 'Board', 'Agency', 'Office', 'Commission', 'Party', 'Inc', 'Ltd', 'Corp',
  'Corporation', 'Company', 'Co', 'Association', 'Union', 'Institute', 'Institution', 'Foundation', 'University', 'College',
  'School', 'Hospital', 'Trust', 'Bank', 'Group', 'Court', 'Police', 'Service', 'Services', 'Authority', 'Network', 'News',
  'Times', 'Post', 'Journal', 'Campaign', 'Government', 'Administration', 'Inspectorate', 'Federation', 'Society', 'Centre',
  'Center', 'Council', 'Club', 'League', 'Coalition', 'Alliance', 'Fund', 'Forum', 'Organisation', 'Organization', 'Bureau',
  'Agency', 'Parliament', 'Congress', 'Senate', 'Assembly', 'House', 'Cabinet', 'Embassy', 'Army', 'Navy', 'Force', 'Command',
  'Press', 'Telegraph', 'Guardian', 'Herald', 'Tribune', 'Gazette', 'Standard', 'Mirror', 'Express', 'Mail', 'Reuters',
  'Institute', 'Council', 'Partnership', 'Panel', 'Tribunal', 'Network', 'Radio', 'TV', 'Television', 'Channel', 'Magazine',
  'Review', 'Daily', 'Weekly', 'Monthly', 'Hall', 'Team', 'Executive', 'Secretariat', 'Unit', 'Division', 'Directorate',
  'Partnership', 'Industries', 'Holdings', 'Labs', 'Systems', 'Technologies', 'Airlines', 'Motors', 'Pharmaceuticals',
  // Trade words that end a company's name ("Acme Computer", "Anytown Energy", "Doe Entertainment").
  'Computer', 'Computers', 'Software', 'Electronics', 'Electric', 'Energy', 'Petroleum', 'Airways', 'Entertainment',
  'Studios', 'Pictures', 'Records', 'Communications', 'Telecom', 'Insurance', 'Securities', 'Investments', 'Enterprises',
  'Ventures', 'Brands', 'Foods', 'Stores', 'Bancorp', 'Financial', 'Capital', 'Partners', 'Broadcasting', 'Publishing', 'Media',
  // A political action committee ("Priorities USA Action PAC", "a super PAC").
  'PAC', 'PACs',
]);

/** Words that join an organisation name's parts ("Department for Education", "Bank of England"). */
export const ORGANISATION_JOINERS: ReadonlySet<string> = new Set(['for', 'of', 'and', '&', 'on', 'the']);
