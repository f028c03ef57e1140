/**
 * Block text: the paragraphs of a tree, one per block element (headings, paragraphs, list
 * items, blockquotes, table cells, `<br>` breaks), with white space normalised, plus what the
 * post-filter needs to know of each (how much of it is link text, whether it is a caption, a
 * heading, a list item). One iterative walk: pages can nest 100,000 deep.
 */
import { BLOCK_ELEMENTS, CAPTION_ELEMENTS, CHROME_ELEMENTS, CHROME_ROLES, HEADING_ELEMENTS, NEVER_TEXT } from '../../lexicon/html.js';
import type { Tree } from './tree.js';

export interface Block {
  /** The paragraph's text, white space normalised (never empty). */
  text: string;
  /** UTF-16 units of the text that stood inside links (before normalising; compare with `rawChars`). */
  linkChars: number;
  /** UTF-16 units of the raw text that made the paragraph. */
  rawChars: number;
  heading: boolean;
  listItem: boolean;
  quote: boolean;
  caption: boolean;
}

export interface BlockOptions {
  /** Skip `nav`, `aside`, `footer`, chrome ARIA roles and hidden elements (default false). */
  skipChrome?: boolean;
}

type Mark = 'leave-block' | 'leave-a' | 'leave-h' | 'leave-li' | 'leave-q' | 'leave-cap';

/** The paragraphs of the tree under `root`, in document order. */
export function blocksOf<N>(tree: Tree<N>, root: N, options: BlockOptions = {}): Block[] {
  const out: Block[] = [];
  let current = '';
  let linkChars = 0;
  let link = 0;
  let heading = 0;
  let li = 0;
  let quote = 0;
  let caption = 0;
  const flush = (): void => {
    if (current) {
      const text = normaliseSpace(current);
      if (text) {
        out.push({ text, linkChars, rawChars: current.length, heading: heading > 0, listItem: li > 0, quote: quote > 0, caption: caption > 0 });
      }
    }
    current = '';
    linkChars = 0;
  };
  const stack: Array<N | Mark> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    switch (n) {
      case 'leave-block':
        flush();
        continue;
      case 'leave-a':
        link--;
        continue;
      case 'leave-h':
        flush();
        heading--;
        continue;
      case 'leave-li':
        flush();
        li--;
        continue;
      case 'leave-q':
        flush();
        quote--;
        continue;
      case 'leave-cap':
        flush();
        caption--;
        continue;
    }
    const t = tree.text(n as N);
    if (t !== null) {
      current += t;
      if (link > 0) linkChars += t.length;
      continue;
    }
    const name = tree.name(n as N);
    if (name !== null) {
      if (NEVER_TEXT.has(name)) continue;
      if (options.skipChrome && isChrome(tree, n as N, name)) continue;
      if (BLOCK_ELEMENTS.has(name)) {
        flush();
        if (HEADING_ELEMENTS.has(name)) {
          heading++;
          stack.push('leave-h');
        } else if (name === 'li' || name === 'dd' || name === 'dt') {
          li++;
          stack.push('leave-li');
        } else if (name === 'blockquote') {
          quote++;
          stack.push('leave-q');
        } else if (CAPTION_ELEMENTS.has(name)) {
          caption++;
          stack.push('leave-cap');
        } else stack.push('leave-block');
      } else if (name === 'a') {
        link++;
        stack.push('leave-a');
      }
    } else if (tree.children(n as N).length === 0) continue;
    const c = tree.children(n as N);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  flush();
  return out;
}

function isChrome<N>(tree: Tree<N>, n: N, name: string): boolean {
  if (CHROME_ELEMENTS.has(name)) return true;
  const role = tree.attr(n, 'role');
  if (role && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  return isHidden(tree, n);
}

/** `hidden`, `aria-hidden="true"` or an inline `display:none`/`visibility:hidden`. */
export function isHidden<N>(tree: Tree<N>, n: N): boolean {
  if (tree.attr(n, 'hidden') !== undefined) return true;
  if (tree.attr(n, 'aria-hidden') === 'true') return true;
  const style = tree.attr(n, 'style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Runs of white space (with no-break spaces) become one space; zero-width and soft hyphens go. */
export function normaliseSpace(s: string): string {
  let t = s;
  if (/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/.test(t)) t = t.replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '');
  return t.replace(/\s+/g, ' ').trim();
}
