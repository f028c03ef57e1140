/**
 * The little of the DOM that the HTML stages use, typed structurally: the project compiles
 * without the DOM library, and linkedom's nodes satisfy these shapes.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  remove(): void;
  appendChild(child: DomNode): DomNode;
  insertBefore(child: DomNode, before: DomNode | null): DomNode;
  firstChild: DomNode | null;
}

export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  setAttribute(name: string, value: string): void;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  body: DomElement | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(n: DomNode): n is DomElement {
  return n.nodeType === ELEMENT_NODE;
}

/** Tag name in lower case (linkedom keeps the case of the source for `localName`). */
export function tagOf(el: DomElement): string {
  return el.localName.toLowerCase();
}
