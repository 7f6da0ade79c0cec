/**
 * CPython's text from JSON.stringify's: its separators put in and, with `ensure_ascii`, every
 * character from DEL up escaped, in one pass over the UTF-8 bytes of the text.
 * @module
 */

/** Characters of the text handled per pass (cut before a surrogate pair, never inside it). */
const CHUNK = 16384;

interface Utf8Encoder {
  encode(text: string): Uint8Array;
  encodeInto(text: string, into: Uint8Array): { written?: number };
}
declare const TextEncoder: (new () => Utf8Encoder) | undefined;
declare const TextDecoder: (new () => { decode(bytes: Uint8Array): string }) | undefined;

let encoder: Utf8Encoder | undefined;
let decoder: { decode(bytes: Uint8Array): string } | undefined;
let input = new Uint8Array(0);
let output = new Uint8Array(0);

/**
 * Rewrites `text`, compact JSON as JSON.stringify writes it (`,` and `:` between items, strings
 * with only `"`, `\` and control characters escaped, lone surrogates as `\udxxx`), into CPython's:
 * `items` after each item and `keys` after each key (outside strings only: a string may hold `,`
 * or `:`), and with `ensureAscii` each character from U+007F up inside strings as `\uxxxx` (a
 * character beyond U+FFFF as its surrogate pair). The separators are copied as they are, as CPython
 * copies them. Outside strings JSON.stringify writes only ASCII, which stays as it is.
 *
 * Bytes rather than string operations: a loop over a byte array is the fastest way to rewrite a
 * large text on every engine measured, and TextDecoder gives back a string held one byte per
 * character when it is ASCII (a slice of a two-byte string would stay two-byte). Undefined
 * where the engine has no TextEncoder or TextDecoder.
 */
export function toPythonText(text: string, items: string, keys: string, ensureAscii: boolean): string | undefined {
  // Both are everywhere but in a few bare engines (the caller's other path then runs).
  if (typeof TextEncoder !== 'function' || typeof TextDecoder !== 'function') return undefined;
  encoder ??= new TextEncoder();
  decoder ??= new TextDecoder();
  const itemBytes = encoder.encode(items);
  const keyBytes = encoder.encode(keys);
  // Worst cases per input byte: a separator's bytes for `,` or `:`, 6 for DEL, 12 for 4 bytes.
  const growth = Math.max(6, itemBytes.length, keyBytes.length);
  if (input.length < CHUNK * 3) input = new Uint8Array(CHUNK * 3);
  if (output.length < CHUNK * 3 * growth) output = new Uint8Array(CHUNK * 3 * growth);
  const inp = input;
  const out = output;
  const pieces: string[] = [];
  let inString = false;
  let escaped = false;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const { written = 0 } = encoder.encodeInto(end - start === text.length ? text : text.slice(start, end), inp);
    start = end;
    let n = 0;
    for (let j = 0; j < written; j++) {
      const c = inp[j]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true; // \
        else if (c === 34) inString = false; // "
        else if (c >= 0x7f && ensureAscii) {
          // One character in UTF-8 (whole: the text is cut between characters).
          let cp = c;
          if (c >= 0xf0) {
            cp = ((c & 7) << 18) | ((inp[j + 1]! & 63) << 12) | ((inp[j + 2]! & 63) << 6) | (inp[j + 3]! & 63);
            j += 3;
          } else if (c >= 0xe0) {
            cp = ((c & 15) << 12) | ((inp[j + 1]! & 63) << 6) | (inp[j + 2]! & 63);
            j += 2;
          } else if (c >= 0xc0) {
            cp = ((c & 31) << 6) | (inp[j + 1]! & 63);
            j += 1;
          }
          if (cp > 0xffff) {
            n = escape(out, n, 0xd800 + ((cp - 0x10000) >> 10));
            cp = 0xdc00 + (cp & 0x3ff);
          }
          n = escape(out, n, cp);
          continue;
        }
        out[n++] = c;
      } else if (c === 44) {
        for (let k = 0; k < itemBytes.length; k++) out[n++] = itemBytes[k]!;
      } else if (c === 58) {
        for (let k = 0; k < keyBytes.length; k++) out[n++] = keyBytes[k]!;
      } else {
        if (c === 34) inString = true;
        out[n++] = c;
      }
    }
    pieces.push(decoder.decode(out.subarray(0, n)));
  }
  return pieces.length === 1 ? pieces[0]! : pieces.join('');
}

/** Writes `\uxxxx` (lowercase hex) for the code unit `u` at `n`; returns the new end. */
function escape(out: Uint8Array, n: number, u: number): number {
  out[n++] = 92; // \
  out[n++] = 117; // u
  for (let shift = 12; shift >= 0; shift -= 4) {
    const digit = (u >> shift) & 15;
    out[n++] = digit + (digit < 10 ? 48 : 87); // 0-9, a-f
  }
  return n;
}
