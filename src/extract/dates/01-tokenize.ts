/**
 * Step 1 of dates: the body's tokens. The tokenizer is the shared one of `src/text/tokens.ts`
 * (whole-body word, number and punctuation tokens in typed arrays, with the whitespace between
 * them); the grammar of step 2 reads tokens and gaps, never the raw text.
 */
export { GAP_BREAK, GAP_LINE, GAP_NONE, GAP_SPACE, NUM, PUNCT, WORD, tokenize, tokensOf, type Tokens } from '../../text/tokens.js';
