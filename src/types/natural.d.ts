/**
 * Types for the natural submodules claimcheck imports by path. The package's top-level entry
 * loads a `.env` file and prints on stdout, so it is never imported; these paths are.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: {
    /** The Porter stem of one lower-case word ("inspected" → "inspect"). */
    stem(token: string): string;
  };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro-Winkler similarity in [0, 1] (1 = identical). */
  function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  /** English stop words, lower case. */
  export const words: string[];
  const _default: { words: string[] };
  export default _default;
}
