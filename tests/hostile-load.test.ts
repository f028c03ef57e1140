/**
 * Hostile input at the library level: pathological pages and bytes that once cost quadratic
 * time or threw. Each test names the shape of input that found the bug.
 */
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../src/load/html.js';
import { expectLinear } from './linear.js';

describe('HTML loader on pathological pages', () => {
  test('20,000 stray "<" marks load in linear time (linkedom rebuilds childNodes on every read)', () => {
    expect(typeof htmlToText('<'.repeat(20_000)).body).toBe('string');
    expectLinear('<'.repeat(20_000), (s) => htmlToText(s));
  });
});
