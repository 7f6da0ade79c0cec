/**
 * UTF-8 bytes of text, as CPython's C code sees a str (PyUnicode_AsUTF8).
 * @module
 */

/** The code points of a string; a lone surrogate is one code point, as in Python. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** The UTF-8 bytes of code points; undefined when one is a lone surrogate (CPython's UnicodeEncodeError). */
export function utf8(cps: readonly number[]): Uint8Array | undefined {
  const out: number[] = [];
  for (const c of cps) {
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c >= 0xd800 && c <= 0xdfff) return undefined;
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}
