/**
 * Place words as data for the figures extractor: the words that end a street name, so the number
 * before it is a house number ("12 Elm Grove Road", "the 700 block of Elm Street"), and
 * the compass words that may stand between the number and the street ("30 West 8th Avenue").
 */

/** Last words of a street name, lower-case, without a trailing dot ("St." reads as `st`). */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'way', 'place', 'pl', 'square', 'sq', 'court', 'ct', 'terrace', 'crescent', 'close', 'parkway', 'pkwy',
  'highway', 'hwy', 'circle', 'cir', 'trail', 'pike', 'turnpike', 'row', 'mews', 'gardens', 'grove',
  'walk', 'alley', 'plaza', 'embankment', 'esplanade', 'parade', 'quay', 'wharf',
]);

/** Compass words between a house number and its street: "90 W. Main St.", "30 West 8th Avenue". */
export const STREET_DIRECTIONS: ReadonlySet<string> = new Set([
  'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest',
]);

/** "the 700 block of …": US police-report style for a stretch of a street. */
export const ADDRESS_BLOCK_WORDS: readonly string[] = ['block', 'blocks'];
