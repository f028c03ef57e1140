/**
 * Reporting verbs and cue phrases: the words that attribute a quotation or statement to a
 * speaker ("said", "told the BBC", "according to"). Data only; the quote and findings
 * extractors match these by lower-case word form.
 */

export type CueForm = 'past' | 'present' | 'base' | 'gerund';

export interface ReportingVerb {
  id: string;
  /** Lemma, for grouping ("say"). */
  lemma: string;
  /** Inflected forms as written in news, lower case, with the form each is. */
  forms: ReadonlyArray<readonly [string, CueForm]>;
  /**
   * `object` verbs take the hearer as object ("told the BBC", "tells reporters"): the cue
   * phrase runs on over the object. `frame` verbs introduce a characterisation rather than
   * speech ("called it", "described it as"): quotes they frame are partial.
   */
  takes?: 'object' | 'frame';
}

const V = (lemma: string, past: string, present: string, gerund: string, takes?: ReportingVerb['takes']): ReportingVerb => ({
  id: `cue/${lemma}`,
  lemma,
  forms: [
    [past, 'past'],
    [present, 'present'],
    [lemma, 'base'],
    [gerund, 'gerund'],
  ],
  ...(takes ? { takes } : {}),
});

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  V('say', 'said', 'says', 'saying'),
  V('tell', 'told', 'tells', 'telling', 'object'),
  V('add', 'added', 'adds', 'adding'),
  V('warn', 'warned', 'warns', 'warning'),
  V('write', 'wrote', 'writes', 'writing'),
  V('tweet', 'tweeted', 'tweets', 'tweeting'),
  V('post', 'posted', 'posts', 'posting'),
  V('state', 'stated', 'states', 'stating'),
  V('explain', 'explained', 'explains', 'explaining'),
  V('note', 'noted', 'notes', 'noting'),
  V('continue', 'continued', 'continues', 'continuing'),
  V('ask', 'asked', 'asks', 'asking'),
  V('reply', 'replied', 'replies', 'replying'),
  V('respond', 'responded', 'responds', 'responding'),
  V('answer', 'answered', 'answers', 'answering'),
  V('argue', 'argued', 'argues', 'arguing'),
  V('insist', 'insisted', 'insists', 'insisting'),
  V('claim', 'claimed', 'claims', 'claiming'),
  V('declare', 'declared', 'declares', 'declaring'),
  V('announce', 'announced', 'announces', 'announcing'),
  V('remark', 'remarked', 'remarks', 'remarking'),
  V('recall', 'recalled', 'recalls', 'recalling'),
  V('admit', 'admitted', 'admits', 'admitting'),
  V('acknowledge', 'acknowledged', 'acknowledges', 'acknowledging'),
  V('suggest', 'suggested', 'suggests', 'suggesting'),
  V('complain', 'complained', 'complains', 'complaining'),
  V('concede', 'conceded', 'concedes', 'conceding'),
  V('counter', 'countered', 'counters', 'countering'),
  V('quip', 'quipped', 'quips', 'quipping'),
  V('joke', 'joked', 'jokes', 'joking'),
  V('urge', 'urged', 'urges', 'urging'),
  V('vow', 'vowed', 'vows', 'vowing'),
  V('promise', 'promised', 'promises', 'promising'),
  V('predict', 'predicted', 'predicts', 'predicting'),
  V('observe', 'observed', 'observes', 'observing'),
  V('caution', 'cautioned', 'cautions', 'cautioning'),
  V('reveal', 'revealed', 'reveals', 'revealing'),
  V('stress', 'stressed', 'stresses', 'stressing'),
  V('emphasise', 'emphasised', 'emphasises', 'emphasising'),
  V('emphasize', 'emphasized', 'emphasizes', 'emphasizing'),
  V('conclude', 'concluded', 'concludes', 'concluding'),
  V('confirm', 'confirmed', 'confirms', 'confirming'),
  V('report', 'reported', 'reports', 'reporting'),
  V('find', 'found', 'finds', 'finding'),
  V('tell', 'told', 'tells', 'telling', 'object'),
  V('shout', 'shouted', 'shouts', 'shouting'),
  V('yell', 'yelled', 'yells', 'yelling'),
  V('chant', 'chanted', 'chants', 'chanting'),
  V('exclaim', 'exclaimed', 'exclaims', 'exclaiming'),
  V('boast', 'boasted', 'boasts', 'boasting'),
  V('mutter', 'muttered', 'mutters', 'muttering'),
  V('whisper', 'whispered', 'whispers', 'whispering'),
  V('scoff', 'scoffed', 'scoffs', 'scoffing'),
  V('snap', 'snapped', 'snaps', 'snapping'),
  V('demand', 'demanded', 'demands', 'demanding'),
  V('charge', 'charged', 'charges', 'charging'),
  V('contend', 'contended', 'contends', 'contending'),
  V('maintain', 'maintained', 'maintains', 'maintaining'),
  V('assert', 'asserted', 'asserts', 'asserting'),
  V('allege', 'alleged', 'alleges', 'alleging'),
  V('mention', 'mentioned', 'mentions', 'mentioning'),
  V('point', 'pointed', 'points', 'pointing'),
  V('describe', 'described', 'describes', 'describing', 'frame'),
  V('call', 'called', 'calls', 'calling', 'frame'),
  V('label', 'labelled', 'labels', 'labelling', 'frame'),
  V('dub', 'dubbed', 'dubs', 'dubbing', 'frame'),
  V('brand', 'branded', 'brands', 'branding', 'frame'),
  V('term', 'termed', 'terms', 'terming', 'frame'),
  V('blast', 'blasted', 'blasts', 'blasting'),
  V('slam', 'slammed', 'slams', 'slamming'),
  V('accuse', 'accused', 'accuses', 'accusing'),
  V('criticise', 'criticised', 'criticises', 'criticising'),
  V('criticize', 'criticized', 'criticizes', 'criticizing'),
  V('condemn', 'condemned', 'condemns', 'condemning'),
  V('praise', 'praised', 'praises', 'praising'),
  V('rate', 'rated', 'rates', 'rating', 'frame'),
  V('read', 'read', 'reads', 'reading'),
  V('begin', 'began', 'begins', 'beginning'),
  V('go on', 'went on', 'goes on', 'going on'),
  V('put it', 'put it', 'puts it', 'putting it'),
  V('label', 'labeled', 'labels', 'labeling', 'frame'),
  V('pledge', 'pledged', 'pledges', 'pledging'),
  V('thank', 'thanked', 'thanks', 'thanking'),
  V('tout', 'touted', 'touts', 'touting'),
  V('defend', 'defended', 'defends', 'defending'),
  V('dismiss', 'dismissed', 'dismisses', 'dismissing'),
  V('mock', 'mocked', 'mocks', 'mocking'),
  V('lament', 'lamented', 'laments', 'lamenting'),
  V('hail', 'hailed', 'hails', 'hailing'),
  V('question', 'questioned', 'questions', 'questioning'),
  V('wonder', 'wondered', 'wonders', 'wondering'),
  V('tease', 'teased', 'teases', 'teasing'),
  V('retort', 'retorted', 'retorts', 'retorting'),
  V('quote', 'quoted', 'quotes', 'quoting'),
  V('cite', 'cited', 'cites', 'citing'),
  V('proclaim', 'proclaimed', 'proclaims', 'proclaiming'),
  V('characterise', 'characterised', 'characterises', 'characterising', 'frame'),
  V('characterize', 'characterized', 'characterizes', 'characterizing', 'frame'),
  V('refer', 'referred', 'refers', 'referring', 'frame'),
  V('assure', 'assured', 'assures', 'assuring', 'object'),
  V('deny', 'denied', 'denies', 'denying'),
  V('brag', 'bragged', 'brags', 'bragging'),
  V('muse', 'mused', 'muses', 'musing'),
  V('decry', 'decried', 'decries', 'decrying'),
  V('denounce', 'denounced', 'denounces', 'denouncing'),
  V('blame', 'blamed', 'blames', 'blaming'),
  V('plead', 'pleaded', 'pleads', 'pleading'),
  V('testify', 'testified', 'testifies', 'testifying'),
  V('affirm', 'affirmed', 'affirms', 'affirming'),
  V('swear', 'swore', 'swears', 'swearing'),
  V('comment', 'commented', 'comments', 'commenting'),
  V('agree', 'agreed', 'agrees', 'agreeing'),
  V('echo', 'echoed', 'echoes', 'echoing'),
  V('recount', 'recounted', 'recounts', 'recounting'),
  V('rail', 'railed', 'rails', 'railing'),
  V('opine', 'opined', 'opines', 'opining'),
  V('speculate', 'speculated', 'speculates', 'speculating'),
  V('advise', 'advised', 'advises', 'advising'),
  V('recommend', 'recommended', 'recommends', 'recommending'),
  V('order', 'ordered', 'orders', 'ordering'),
  V('promise', 'promised', 'promises', 'promising'),
  V('highlight', 'highlighted', 'highlights', 'highlighting'),
  V('identify', 'identified', 'identifies', 'identifying'),
  V('judge', 'judged', 'judges', 'judging', 'frame'),
  V('write back', 'wrote back', 'writes back', 'writing back'),
  // Manner-of-speaking verbs that news uses after a quotation ("“…!” beamed Doe").
  V('beam', 'beamed', 'beams', 'beaming'),
  V('gush', 'gushed', 'gushes', 'gushing'),
  V('sigh', 'sighed', 'sighs', 'sighing'),
  V('laugh', 'laughed', 'laughs', 'laughing'),
  V('chuckle', 'chuckled', 'chuckles', 'chuckling'),
  V('marvel', 'marvelled', 'marvels', 'marvelling'),
  V('marvel', 'marveled', 'marvels', 'marveling'),
  V('fume', 'fumed', 'fumes', 'fuming'),
  V('grumble', 'grumbled', 'grumbles', 'grumbling'),
  V('groan', 'groaned', 'groans', 'groaning'),
  V('enthuse', 'enthused', 'enthuses', 'enthusing'),
  V('rave', 'raved', 'raves', 'raving'),
  V('crow', 'crowed', 'crows', 'crowing'),
  V('concur', 'concurred', 'concurs', 'concurring'),
  V('interject', 'interjected', 'interjects', 'interjecting'),
  V('reason', 'reasoned', 'reasons', 'reasoning'),
  V('reflect', 'reflected', 'reflects', 'reflecting'),
  V('sneer', 'sneered', 'sneers', 'sneering'),
  V('thunder', 'thundered', 'thunders', 'thundering'),
  V('bellow', 'bellowed', 'bellows', 'bellowing'),
  V('roar', 'roared', 'roars', 'roaring'),
  V('growl', 'growled', 'growls', 'growling'),
  V('murmur', 'murmured', 'murmurs', 'murmuring'),
  V('implore', 'implored', 'implores', 'imploring'),
  V('reiterate', 'reiterated', 'reiterates', 'reiterating'),
  V('confess', 'confessed', 'confesses', 'confessing'),
  V('confide', 'confided', 'confides', 'confiding'),
  V('clarify', 'clarified', 'clarifies', 'clarifying'),
  V('elaborate', 'elaborated', 'elaborates', 'elaborating'),
  V('summarise', 'summarised', 'summarises', 'summarising'),
  V('summarize', 'summarized', 'summarizes', 'summarizing'),
  V('scream', 'screamed', 'screams', 'screaming'),
  V('cry', 'cried', 'cries', 'crying'),
  V('retaliate', 'retaliated', 'retaliates', 'retaliating'),
  V('bark', 'barked', 'barks', 'barking'),
  V('press', 'pressed', 'presses', 'pressing'),
  V('snarl', 'snarled', 'snarls', 'snarling'),
  V('hiss', 'hissed', 'hisses', 'hissing'),
  V('gasp', 'gasped', 'gasps', 'gasping'),
  V('fire back', 'fired back', 'fires back', 'firing back'),
  V('hit back', 'hit back', 'hits back', 'hitting back'),
  V('shoot back', 'shot back', 'shoots back', 'shooting back'),
  V('chime in', 'chimed in', 'chimes in', 'chiming in'),
  V('cut in', 'cut in', 'cuts in', 'cutting in'),
  V('disagree', 'disagreed', 'disagrees', 'disagreeing'),
  V('snipe', 'sniped', 'snipes', 'sniping'),
  V('grouse', 'groused', 'grouses', 'grousing'),
  V('remember', 'remembered', 'remembers', 'remembering'),
  V('react', 'reacted', 'reacts', 'reacting'),
  V('riff', 'riffed', 'riffs', 'riffing'),
  // Past participles that differ from the past ("as Doe had written, “…”").
  { id: 'cue/write', lemma: 'write', forms: [['written', 'past']] },
];

/** A multi-word cue that is not a verb form: "according to", "in the words of". */
export interface CuePhrase {
  id: string;
  /** Lower-case words. */
  words: readonly string[];
  /** Where the speaker stands: after the phrase ("according to X") or before it. */
  speaker: 'after' | 'before';
}

export const CUE_PHRASES: readonly CuePhrase[] = [
  { id: 'cue/according-to', words: ['according', 'to'], speaker: 'after' },
  { id: 'cue/in-the-words-of', words: ['in', 'the', 'words', 'of'], speaker: 'after' },
  { id: 'cue/as-put-by', words: ['as', 'put', 'by'], speaker: 'after' },
];

/**
 * Phrases that may follow a reporting verb and belong to the cue ("said in a statement",
 * "told reporters"): the words after the verb up to these are kept in `cue`.
 */
export const CUE_TAILS: readonly (readonly string[])[] = [
  ['in', 'a', 'statement'],
  ['in', 'an', 'interview'],
  ['in', 'a', 'speech'],
  ['on', 'twitter'],
  ['in', 'a', 'tweet'],
  ['in', 'a', 'letter'],
  ['in', 'an', 'email'],
  ['in', 'a', 'post'],
  ['on', 'facebook'],
  ['at', 'a', 'rally'],
  ['at', 'the', 'time'],
  ['last', 'week'],
  ['this', 'week'],
  ['on', 'monday'], ['on', 'tuesday'], ['on', 'wednesday'], ['on', 'thursday'], ['on', 'friday'], ['on', 'saturday'], ['on', 'sunday'],
  ['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday'],
  ['yesterday'], ['today'], ['later'], ['earlier'], ['recently'], ['previously'], ['then'], ['also'], ['again'], ['simply'], ['bluntly'],
];

/** Adverbs that may stand between a speaker and the verb ("he also said", "she later added"). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'earlier', 'previously', 'once', 'simply', 'recently', 'further', 'again', 'has', 'have', 'had',
  'would', 'will', 'had', 'reportedly', 'repeatedly', 'publicly', 'privately', 'famously', 'only', 'just', 'even', 'could',
  'did', 'does', 'do', 'was', 'is', 'went', 'on', 'told', 'last', 'week', 'flatly', 'curtly', 'angrily', 'bluntly', 'quickly',
  'often', 'always', 'never', 'sometimes', 'still', 'already', 'now', 'once', 'first', 'soon',
]);

export interface CueEntry {
  id: string;
  form: CueForm;
  takes: ReportingVerb['takes'] | null;
  /** Number of words the entry spans (multi-word verbs such as "went on"). */
  length: number;
}

/** Lower-case first word → the verb entries that start with it. */
export const CUE_BY_WORD: ReadonlyMap<string, ReadonlyArray<CueEntry & { words: readonly string[] }>> = (() => {
  const m = new Map<string, (CueEntry & { words: readonly string[] })[]>();
  const seen = new Set<string>();
  for (const v of REPORTING_VERBS) {
    for (const [form, kind] of v.forms) {
      const key = `${v.id}:${form}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const words = form.split(' ');
      const list = m.get(words[0]!) ?? [];
      list.push({ id: v.id, form: kind, takes: v.takes ?? null, length: words.length, words });
      m.set(words[0]!, list);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
})();
