/**
 * The `schema` strings of claimcheck's documents, apart from the zod schemas in `schema.ts`, so
 * that a formatter can stamp its document without loading zod (about 80 ms of start-up).
 */
export const EXTRACT_SCHEMA = 'claimcheck/extract@1';
export const CHECK_SCHEMA = 'claimcheck/check@1';
export const DIFF_SCHEMA = 'claimcheck/diff@1';
export const TEXT_SCHEMA = 'claimcheck/text@1';
