/**
 * Hostile input at the library level: pathological pages and bytes that once cost quadratic
 * time or threw. Each test names the shape of input that found the bug.
 */
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../src/load/html.js';

describe('HTML loader on pathological pages', () => {
  test('20,000 stray "<" marks load in linear time (linkedom rebuilds childNodes on every read)', () => {
    const t0 = performance.now();
    const h = htmlToText('<'.repeat(20_000));
    expect(performance.now() - t0).toBeLessThan(4_000);
    expect(typeof h.body).toBe('string');
  });
});
