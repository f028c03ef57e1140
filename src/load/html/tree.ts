/**
 * One view over two trees: linkedom's DOM (the Readability path) and domhandler's nodes
 * (cheerio, the iterative fallback for pages too deep or too large for the DOM path). The
 * walkers in this folder take a `Tree` so that metadata and block text are read by the same
 * code whichever parser built the tree.
 */
import type { AnyNode, Element as DhElement } from 'domhandler';
import { isElement, tagOf, TEXT_NODE, type DomNode } from './dom.js';

export interface Tree<N> {
  /** Lower-case tag name of an element; `null` for text, comments and the document. */
  name(n: N): string | null;
  /** An attribute's value, or `undefined`. */
  attr(n: N, key: string): string | undefined;
  children(n: N): ArrayLike<N>;
  /** The text of a text node; `null` for anything else. */
  text(n: N): string | null;
}

export const domTree: Tree<DomNode> = {
  name: (n) => (isElement(n) ? tagOf(n) : null),
  attr: (n, k) => (isElement(n) ? (n.getAttribute(k) ?? undefined) : undefined),
  children: (n) => n.childNodes,
  text: (n) => (n.nodeType === TEXT_NODE ? (n.textContent ?? '') : null),
};

export const domhandlerTree: Tree<AnyNode> = {
  name: (n) => (n.type === 'tag' || n.type === 'script' || n.type === 'style' ? (n as DhElement).name.toLowerCase() : null),
  attr: (n, k) => (n as DhElement).attribs?.[k],
  children: (n) => ('children' in n ? n.children : []),
  text: (n) => (n.type === 'text' ? (n as unknown as { data: string }).data : null),
};

/** The concatenated text of a subtree, walked iteratively. */
export function subtreeText<N>(tree: Tree<N>, root: N, limit = Infinity): string {
  let out = '';
  const stack: N[] = [root];
  while (stack.length && out.length < limit) {
    const n = stack.pop()!;
    const t = tree.text(n);
    if (t !== null) {
      out += t;
      continue;
    }
    const c = tree.children(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  return out;
}
