/**
 * A value computed once per object (an article's token stream, its entity table) and kept on
 * the object itself, under a private symbol, as a non-enumerable property: invisible to
 * `JSON.stringify`, `Object.keys`, spreads and deep equality, and gone with the object.
 *
 * Why not a `WeakMap`: V8's young-generation collector keeps every value of a `WeakMap` alive
 * (only a full collection finds that the key died), so each article's memoised table and token
 * arrays were copied and then promoted to the old generation, and every minor collection paid
 * for them. Kept on the object, they die young with their article. Objects that cannot take a
 * property (frozen, sealed, non-extensible) fall back to a `WeakMap`.
 */
export interface Memo<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

export function objectMemo<K extends object, V>(name: string): Memo<K, V> {
  const slot = Symbol(name);
  const fallback = new WeakMap<K, V>();
  return {
    get(key: K): V | undefined {
      // (own property only: an object made with `Object.create(key)` is another object)
      if (Object.hasOwn(key, slot)) return (key as Record<symbol, V>)[slot];
      return fallback.get(key);
    },
    set(key: K, value: V): void {
      if (Object.isExtensible(key)) Object.defineProperty(key, slot, { value, enumerable: false, writable: true, configurable: true });
      else fallback.set(key, value);
    },
  };
}
