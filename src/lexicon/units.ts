/**
 * Units a figure can carry, as data: currencies, percent words, time units and measures.
 * Canonical unit ids are what `FigureClaim.unit` holds (ISO 4217 codes for money).
 */

/** A currency written before the number: `£3.8m`, `US$5`, `€2bn`. */
export interface CurrencySymbol {
  id: string;
  symbol: string;
  /** ISO 4217 code. */
  code: string;
}

/**
 * Longer symbols first, so `US$` wins over `$`. Symbols made only of letters (ISO codes, `Rs`)
 * are read as a word before the digits ("GBP 5m", "Rs 350 crore", "Rs.500"); symbols that end in a
 * letter (`$US`, `$A`) count only when digits follow, so "$Acme" is not a currency.
 */
export const CURRENCY_SYMBOLS: readonly CurrencySymbol[] = [
  { id: 'currency/us-dollar-sign', symbol: 'US$', code: 'USD' },
  { id: 'currency/dollar-sign-us', symbol: '$US', code: 'USD' },
  { id: 'currency/dollar-sign-au', symbol: '$AU', code: 'AUD' },
  { id: 'currency/dollar-sign-a', symbol: '$A', code: 'AUD' },
  { id: 'currency/dollar-sign-nz', symbol: '$NZ', code: 'NZD' },
  { id: 'currency/dollar-sign-ca', symbol: '$CA', code: 'CAD' },
  { id: 'currency/dollar-sign-c', symbol: '$C', code: 'CAD' },
  { id: 'currency/dollar-sign-hk', symbol: '$HK', code: 'HKD' },
  { id: 'currency/real-sign', symbol: 'R$', code: 'BRL' },
  { id: 'currency/au-dollar-sign', symbol: 'A$', code: 'AUD' },
  { id: 'currency/au-dollar-sign-2', symbol: 'AU$', code: 'AUD' },
  { id: 'currency/ca-dollar-sign', symbol: 'C$', code: 'CAD' },
  { id: 'currency/ca-dollar-sign-2', symbol: 'CA$', code: 'CAD' },
  { id: 'currency/nz-dollar-sign', symbol: 'NZ$', code: 'NZD' },
  { id: 'currency/hk-dollar-sign', symbol: 'HK$', code: 'HKD' },
  { id: 'currency/sg-dollar-sign', symbol: 'S$', code: 'SGD' },
  { id: 'currency/pound-sign', symbol: '£', code: 'GBP' },
  { id: 'currency/dollar-sign', symbol: '$', code: 'USD' },
  { id: 'currency/euro-sign', symbol: '€', code: 'EUR' },
  { id: 'currency/yen-sign', symbol: '¥', code: 'JPY' },
  { id: 'currency/rupee-sign', symbol: '₹', code: 'INR' },
  { id: 'currency/gbp-code', symbol: 'GBP', code: 'GBP' },
  { id: 'currency/usd-code', symbol: 'USD', code: 'USD' },
  { id: 'currency/eur-code', symbol: 'EUR', code: 'EUR' },
  { id: 'currency/inr-code', symbol: 'INR', code: 'INR' },
  { id: 'currency/rs', symbol: 'Rs', code: 'INR' },
  { id: 'currency/aud-code', symbol: 'AUD', code: 'AUD' },
  { id: 'currency/cad-code', symbol: 'CAD', code: 'CAD' },
  { id: 'currency/jpy-code', symbol: 'JPY', code: 'JPY' },
  { id: 'currency/chf-code', symbol: 'CHF', code: 'CHF' },
  { id: 'currency/cny-code', symbol: 'CNY', code: 'CNY' },
];

/**
 * A currency written after the number: `20 pounds`, `5 million dollars`, `50p`, `20 cents`.
 * `exponent` scales the value: pence and cents are hundredths (`50p` → 0.5 GBP).
 * `attached`: may be glued to the digits (`50p`).
 */
export interface CurrencyWord {
  id: string;
  words: readonly string[];
  code: string;
  exponent: number;
  attached?: boolean;
}

export const CURRENCY_WORDS: readonly CurrencyWord[] = [
  { id: 'currency/pounds', words: ['pounds', 'pound', 'pounds sterling', 'sterling', 'quid'], code: 'GBP', exponent: 0 },
  { id: 'currency/pence', words: ['pence', 'penny', 'pennies'], code: 'GBP', exponent: -2 },
  { id: 'currency/p', words: ['p'], code: 'GBP', exponent: -2, attached: true },
  { id: 'currency/us-dollars', words: ['us dollars', 'u.s. dollars', 'american dollars'], code: 'USD', exponent: 0 },
  { id: 'currency/dollars', words: ['dollars', 'dollar', 'bucks'], code: 'USD', exponent: 0 },
  { id: 'currency/cents', words: ['cents', 'cent'], code: 'USD', exponent: -2 },
  { id: 'currency/euros', words: ['euros', 'euro'], code: 'EUR', exponent: 0 },
  { id: 'currency/yen', words: ['yen'], code: 'JPY', exponent: 0 },
  { id: 'currency/yuan', words: ['yuan', 'renminbi'], code: 'CNY', exponent: 0 },
  { id: 'currency/rupees', words: ['rupees', 'rupee'], code: 'INR', exponent: 0 },
  { id: 'currency/francs', words: ['swiss francs'], code: 'CHF', exponent: 0 },
  // a sign written after the amount, continental style: "5 €", "5€"
  { id: 'currency/euro-sign-after', words: ['€'], code: 'EUR', exponent: 0, attached: true },
];

/** Percent markers after a number: `14%`, `14 per cent`, `14 percent`, `14pc`, `2 percentage points`. */
export interface PercentWord {
  id: string;
  words: readonly string[];
  unit: 'percent' | 'percentage point' | 'basis point';
  attached: boolean;
}

export const PERCENT_WORDS: readonly PercentWord[] = [
  { id: 'percent/sign', words: ['%'], unit: 'percent', attached: true },
  { id: 'percent/pc', words: ['pc'], unit: 'percent', attached: true },
  { id: 'percent/per-cent', words: ['per cent', 'percent', 'per-cent'], unit: 'percent', attached: false },
  { id: 'percent/points', words: ['percentage points', 'percentage point', 'percent points', 'per cent points'], unit: 'percentage point', attached: false },
  { id: 'percent/basis-points', words: ['basis points', 'basis point', 'bps', 'bp'], unit: 'basis point', attached: false },
];

/**
 * Time units. `unit` is the canonical id; `factor` multiplies the value into it, so
 * "two decades" is 20 years and "a fortnight" 14 days (durations then compare directly).
 */
export interface TimeUnit {
  id: string;
  words: readonly string[];
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
  factor: number;
}

export const TIME_UNITS: readonly TimeUnit[] = [
  { id: 'time/second', words: ['seconds', 'second', 'secs', 'sec'], unit: 'second', factor: 1 },
  { id: 'time/minute', words: ['minutes', 'minute', 'mins', 'min'], unit: 'minute', factor: 1 },
  { id: 'time/hour', words: ['hours', 'hour', 'hrs', 'hr'], unit: 'hour', factor: 1 },
  { id: 'time/day', words: ['days', 'day'], unit: 'day', factor: 1 },
  { id: 'time/fortnight', words: ['fortnights', 'fortnight'], unit: 'day', factor: 14 },
  { id: 'time/week', words: ['weeks', 'week', 'wks'], unit: 'week', factor: 1 },
  { id: 'time/month', words: ['months', 'month'], unit: 'month', factor: 1 },
  { id: 'time/year', words: ['years', 'year', 'yrs', 'yr'], unit: 'year', factor: 1 },
  { id: 'time/decade', words: ['decades', 'decade'], unit: 'year', factor: 10 },
  { id: 'time/century', words: ['centuries', 'century'], unit: 'year', factor: 100 },
];

/** Words after a duration that make it an age: "five years old", "14 years of age". */
export const AGE_AFTER: readonly string[] = ['old', 'olds', 'of age'];
/** Words before a bare number that make it an age in years: "aged 14", "ages 5 to 11", "at the age of 88", "between the ages of 17 and 20". */
export const AGE_BEFORE: readonly string[] = ['aged', 'age', 'ages', 'age of', 'ages of'];

/**
 * Context that makes a bare number an age in years even without "aged" or "years old". The
 * finder (`src/extract/figures/find.ts`) reads, for a whole number from 0 to `max`:
 * - an apposition after a name or a person noun, closed by punctuation: "Ann Lee, 34, said",
 *   "Okafor, 57, of Hull", "her daughter, 11," — and with "now": "said Jo Bloggs, now 28.";
 * - `deathWords` + "at": "died at 81", "dead at 95";
 * - `pronouns` + `copulas` at the end of a clause: "She was 68.", "who is 33,".
 */
export const AGE_CONTEXT = {
  max: 125,
  deathWords: ['died', 'dies', 'die', 'dead', 'death', 'dying', 'away'],
  pronouns: ['he', 'she', 'who'],
  copulas: ['was', 'is', 'turned', 'turns', 'turning'],
  /** Lower-case nouns for a person that an age may follow: "the gunman, 59,". */
  personNouns: [
    'man', 'woman', 'boy', 'girl', 'son', 'daughter', 'mother', 'father', 'wife', 'husband', 'brother',
    'sister', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'mum', 'mom', 'dad', 'uncle', 'aunt',
    'nephew', 'niece', 'cousin', 'friend', 'neighbour', 'neighbor', 'partner', 'girlfriend', 'boyfriend',
    'fiancé', 'fiancée', 'fiance', 'fiancee', 'victim', 'suspect', 'gunman', 'shooter', 'attacker', 'killer',
    'driver', 'passenger', 'pedestrian', 'cyclist', 'motorcyclist', 'teenager', 'pensioner', 'child', 'baby',
    'toddler', 'infant', 'student', 'pupil', 'teacher', 'nurse', 'doctor', 'officer', 'worker', 'employee',
    'resident', 'defendant', 'survivor', 'patient', 'owner', 'landlord', 'tenant', 'mother-of-two',
    'father-of-two', 'widow', 'widower', 'soldier', 'veteran', 'actor', 'actress', 'singer', 'player',
  ],
} as const;

/** Measures (distance, weight, area, volume, speed, temperature, energy) with canonical ids. */
export interface MeasureUnit {
  id: string;
  words: readonly string[];
  unit: string;
  /** May be glued to the digits (`5km`, `200lbs`). */
  attached: boolean;
}

export const MEASURE_UNITS: readonly MeasureUnit[] = [
  { id: 'measure/km', words: ['km', 'kms', 'kilometres', 'kilometre', 'kilometers', 'kilometer'], unit: 'km', attached: true },
  { id: 'measure/mile', words: ['miles', 'mile'], unit: 'mile', attached: false },
  { id: 'measure/metre', words: ['metres', 'metre', 'meters', 'meter'], unit: 'metre', attached: false },
  { id: 'measure/cm', words: ['cm', 'centimetres', 'centimetre', 'centimeters', 'centimeter'], unit: 'cm', attached: true },
  { id: 'measure/mm', words: ['mm', 'millimetres', 'millimetre', 'millimeters', 'millimeter'], unit: 'mm', attached: true },
  { id: 'measure/foot', words: ['feet', 'foot', 'ft'], unit: 'foot', attached: true },
  { id: 'measure/inch', words: ['inches', 'inch'], unit: 'inch', attached: false },
  { id: 'measure/yard', words: ['yards', 'yard', 'yds', 'yd'], unit: 'yard', attached: true },
  { id: 'measure/kg', words: ['kg', 'kgs', 'kilograms', 'kilogram', 'kilos', 'kilo'], unit: 'kg', attached: true },
  { id: 'measure/gram', words: ['grams', 'gram', 'g'], unit: 'gram', attached: true },
  { id: 'measure/tonne', words: ['tonnes', 'tonne', 'tons', 'ton', 't'], unit: 'tonne', attached: true },
  { id: 'measure/pound-weight', words: ['lbs', 'lb'], unit: 'lb', attached: true },
  { id: 'measure/ounce', words: ['ounces', 'ounce', 'oz'], unit: 'ounce', attached: true },
  { id: 'measure/stone', words: ['stone'], unit: 'stone', attached: false },
  { id: 'measure/litre', words: ['litres', 'litre', 'liters', 'liter', 'l'], unit: 'litre', attached: true },
  { id: 'measure/ml', words: ['ml', 'millilitres', 'millilitre', 'milliliters', 'milliliter'], unit: 'ml', attached: true },
  { id: 'measure/gallon', words: ['gallons', 'gallon'], unit: 'gallon', attached: false },
  { id: 'measure/acre', words: ['acres', 'acre'], unit: 'acre', attached: false },
  { id: 'measure/hectare', words: ['hectares', 'hectare', 'ha'], unit: 'hectare', attached: true },
  { id: 'measure/sq-mile', words: ['square miles', 'square mile', 'sq mi'], unit: 'square mile', attached: false },
  { id: 'measure/sq-km', words: ['square kilometres', 'square kilometers', 'sq km', 'km2'], unit: 'square km', attached: true },
  { id: 'measure/mph', words: ['mph', 'miles per hour', 'miles an hour'], unit: 'mph', attached: true },
  { id: 'measure/kmh', words: ['km/h', 'kph', 'kilometres per hour', 'kilometers per hour'], unit: 'km/h', attached: true },
  // A bare `C`/`F` counts only upper-case and glued ("35C"); "43c" is more often cents.
  { id: 'measure/celsius', words: ['°c', 'degrees celsius', 'degrees centigrade', 'C'], unit: 'celsius', attached: true },
  { id: 'measure/fahrenheit', words: ['°f', 'degrees fahrenheit', 'F'], unit: 'fahrenheit', attached: true },
  { id: 'measure/degree', words: ['degrees', 'degree', '°'], unit: 'degree', attached: true },
  { id: 'measure/mw', words: ['mw', 'megawatts', 'megawatt'], unit: 'MW', attached: true },
  { id: 'measure/gw', words: ['gw', 'gigawatts', 'gigawatt'], unit: 'GW', attached: true },
  { id: 'measure/kwh', words: ['kwh', 'kilowatt hours', 'kilowatt-hours'], unit: 'kWh', attached: true },
  { id: 'measure/magnitude', words: ['magnitude'], unit: 'magnitude', attached: false },
  { id: 'measure/megapixel', words: ['megapixels', 'megapixel'], unit: 'megapixel', attached: true },
  // A word with a capital is matched only in the case written here: "500 GB" is gigabytes, "Gb" is not.
  { id: 'measure/ghz', words: ['GHz'], unit: 'GHz', attached: true },
  { id: 'measure/mhz', words: ['MHz'], unit: 'MHz', attached: true },
  { id: 'measure/tb', words: ['TB'], unit: 'TB', attached: true },
  { id: 'measure/gb', words: ['GB'], unit: 'GB', attached: true },
  { id: 'measure/mb', words: ['MB'], unit: 'MB', attached: true },
  { id: 'measure/mah', words: ['mAh'], unit: 'mAh', attached: true },
];

/** Measures written before the number: "a magnitude 5.2 tremor", "magnitude-7.2". */
export const MEASURE_BEFORE: readonly string[] = ['magnitude'];
