/**
 * Mozilla Readability on a linkedom document: finds the article's container by scoring
 * paragraphs and their ancestors. It mutates the document, so metadata is read before.
 * The serializer hands back the article element itself, so nothing is parsed twice.
 */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';

/** Readability retries with looser rules while the article is shorter than this (characters). */
const CHAR_THRESHOLD = 500;
/** Pages with more elements than this are not scored (Readability throws; we fall back). */
const MAX_ELEMENTS = 60000;

/** The article element Readability finds, or `null` when it finds none or fails. */
export function readabilityArticle(document: DomDocument): DomElement | null {
  try {
    const reader = new Readability<DomElement>(document as never, {
      serializer: (node) => node as unknown as DomElement,
      charThreshold: CHAR_THRESHOLD,
      maxElemsToParse: MAX_ELEMENTS,
      // metadata is read by our own walk before Readability runs
      disableJSONLD: true,
    });
    return reader.parse()?.content ?? null;
  } catch {
    return null;
  }
}
