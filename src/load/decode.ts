/**
 * Bytes → text. Strict UTF-8 first (a BOM dropped); UTF-16 with a BOM decoded as such; a
 * declared charset (HTML `<meta charset>`) only when strict UTF-8 fails; otherwise UTF-8 with
 * replacement characters and a warning. A sniffer's windows-1252 default garbles undeclared
 * UTF-8 pages, so it never comes first.
 */
export interface Decoded {
  text: string;
  /** Encoding actually used, as a WHATWG label. */
  encoding: string;
  /** Set when bytes could not be decoded and were replaced with U+FFFD. */
  warning?: string;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array, declaredCharset?: string | null): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: fall through
  }
  const label = declaredCharset?.trim().toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return { text: new TextDecoder(label).decode(bytes), encoding: label };
    } catch {
      // unknown label: fall through to replacement
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return {
    text,
    encoding: 'utf-8',
    warning: `invalid UTF-8: ${bad} byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`,
  };
}

/**
 * True when the bytes look like a binary file rather than text: a NUL byte or many control
 * characters in the first 8 KiB (UTF-16 with a BOM is text).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return false;
  }
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The charset an HTML page declares in its first 4 KiB (`<meta charset>` or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  // one blank run per gap: `\s*["']?\s*` splits a run of blanks every way before failing
  const m = /<meta[^>]{0,200}?charset\s*=\s*(?:["']\s*)?([\w.:-]{1,40})/i.exec(head);
  return m ? m[1]! : null;
}
