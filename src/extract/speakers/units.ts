/**
 * Code units and cuts of a string, read through `String.prototype`'s own functions.
 *
 * The tokenizer and the entity table are given bodies and also strings cut or joined from them
 * (phrases, windows, token texts), which V8 represents in several ways (sequential, sliced,
 * concatenated, internalised). Read as a method, `text.charCodeAt(i)` loads `charCodeAt` from
 * the string, and once a call site has seen more representations than V8 optimises a property
 * load for, every read there becomes a generic call: the speakers tokenizer ran at half speed.
 * Called through the function itself, the read is inlined whatever the string.
 */
const charCodeAt = String.prototype.charCodeAt;
const stringSlice = String.prototype.slice;

/** `text.charCodeAt(i)`. */
export function unitAt(text: string, i: number): number {
  return charCodeAt.call(text, i);
}

/** `text.slice(from, to)`. */
export function cut(text: string, from: number, to: number): string {
  return stringSlice.call(text, from, to);
}
