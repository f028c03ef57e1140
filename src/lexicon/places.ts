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

/**
 * Capitalised words that end the name of a place or a building ("Anytown Square Garden", "Elm
 * Street", "Anytown County"): a capitalised run ending in one is no person, even when it opens
 * with a given name. Case as written.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'Garden', 'Gardens', 'Square', 'Park', 'Street', 'Avenue', 'Road', 'Boulevard', 'Lane', 'Drive', 'Highway', 'Plaza',
  'Stadium', 'Arena', 'Airport', 'Bridge', 'Tower', 'Towers', 'Mall', 'Museum', 'Library', 'Church', 'Cathedral', 'Chapel',
  'Mosque', 'Temple', 'Synagogue', 'Station', 'Lake', 'River', 'Island', 'Islands', 'Valley', 'County', 'City', 'Beach',
  'Bay', 'Mountain', 'Mountains', 'Heights', 'Springs', 'Falls', 'Harbor', 'Harbour', 'Canyon', 'Desert', 'Forest',
  'Township', 'Province', 'Peninsula', 'Strait', 'Coast', 'Prison', 'Palace', 'Castle', 'Theater', 'Theatre', 'Hotel',
  'Casino', 'Resort', 'Field', 'Memorial', 'Cemetery', 'Capitol',
]);

/**
 * Of `PLACE_HEADS`, the words that are also common surnames ("Jane Park", "John Church"): after
 * a known given name they end a person's name, not a place's.
 */
export const SURNAME_PLACE_HEADS: ReadonlySet<string> = new Set([
  'Park', 'Lane', 'Bridge', 'Tower', 'Church', 'Lake', 'River', 'Bay', 'Field', 'Springs', 'Beach', 'Drive',
  'Forest', 'Castle', 'Temple', 'Palace', 'Coast', 'Road', 'Memorial',
]);

/**
 * Countries, continents and US states whose names are no one's name in news text: a lone,
 * untitled mention ("Texas said", "China announced") is a place or a government, never a
 * person. Names that are also common given names or surnames (Georgia, Virginia, Jordan,
 * Chad, Washington) are left out. Case as written.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Wisconsin', 'Wyoming',
  'America', 'Britain', 'England', 'Scotland', 'Wales', 'Ireland', 'France', 'Germany', 'Italy', 'Spain', 'Portugal',
  'Russia', 'Ukraine', 'Poland', 'Greece', 'Turkey', 'China', 'Japan', 'India', 'Pakistan', 'Afghanistan', 'Iran',
  'Iraq', 'Syria', 'Egypt', 'Libya', 'Sudan', 'Israel', 'Lebanon', 'Mexico', 'Canada', 'Brazil', 'Argentina', 'Cuba',
  'Venezuela', 'Colombia', 'Australia', 'Indonesia', 'Philippines', 'Vietnam', 'Korea', 'Nigeria', 'Kenya', 'Ethiopia',
  'Somalia', 'Yemen', 'Qatar', 'Europe', 'Asia', 'Africa',
]);
