/**
 * Python's `text.encode('utf-8')`: the bytes a framework sends for its JSON text. Lone
 * surrogates, which JSON text written with `ensure_ascii=False` can hold, cannot be encoded and
 * raise Python's `UnicodeEncodeError`.
 * @module
 */
import { encodeUtf8 as utf8 } from '../codecs.js';
import { UnicodeEncodeError } from './errors.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * UTF-8 bytes of `text`, or Python's error for its first run of lone surrogates:
 * `'utf-8' codec can't encode character '\ud800' in position 5: surrogates not allowed`.
 * @throws {UnicodeEncodeError}
 */
export function encodeUtf8(text: string): Uint8Array {
  const m = LONE_SURROGATE.exec(text);
  if (m === null) return utf8(text);
  // CPython reports the whole run of consecutive surrogates, positions in code points.
  let end = m.index;
  while (end < text.length && isLone(text, end)) end++;
  const start = codePoints(text, m.index);
  const stop = start + (end - m.index);
  const what =
    stop - start === 1
      ? `character '\\u${text.charCodeAt(m.index).toString(16)}' in position ${start}`
      : `characters in position ${start}-${stop - 1}`;
  throw new UnicodeEncodeError('utf-8', start, stop, 'surrogates not allowed', what);
}

function isLone(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return !(d >= 0xdc00 && d <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const b = text.charCodeAt(i - 1);
    return !(b >= 0xd800 && b <= 0xdbff);
  }
  return false;
}

/** The number of code points in `text` before UTF-16 index `index`. */
function codePoints(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < index && isLow(text.charCodeAt(i + 1)))) n++;
  }
  return n;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
