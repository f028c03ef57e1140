/** The white-space table of the boilerplate pass is built only up to U+3000 (and U+FEFF): hold isSpace to that. */
import { expect, test } from 'vitest';
import { LAST_SPACE_BUT_BOM } from '../src/text/boilerplate.js';
import { isSpace } from '../src/text/paragraphs.js';

test('no white space above U+3000 but the byte-order mark', () => {
  expect(isSpace(LAST_SPACE_BUT_BOM)).toBe(true);
  const above: number[] = [];
  for (let c = LAST_SPACE_BUT_BOM + 1; c < 65536; c++) if (isSpace(c)) above.push(c);
  expect(above).toEqual([0xfeff]);
});
