/**
 * Python's `text.encode('utf-8')`, strict: what a framework sends for its JSON text, what
 * CPython's text streams write, what its C functions take as UTF-8. JSON text written with
 * `ensure_ascii=False` can hold lone surrogates, which cannot be encoded.
 * @module
 */
import { encodeUtf8 } from './codecs.js';
import { indexToCodePoint, ValueError } from './errors.js';
import { hex } from './float.js';

/** Python's `UnicodeEncodeError` from the strict UTF-8 codec (a `ValueError`, as in Python). */
export class UnicodeEncodeError extends ValueError {
  constructor(
    readonly encoding: string,
    /** Start and end of the characters that failed, in code points as Python counts. */
    readonly start: number,
    readonly end: number,
    readonly reason: string,
    what: string,
  ) {
    super(`'${encoding}' codec can't encode ${what}: ${reason}`);
    this.name = 'UnicodeEncodeError';
  }
}

/** A high surrogate not followed by a low one, or a low one not after a high one. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A run of consecutive lone surrogates, which CPython's error covers as a whole. */
const LONE_SURROGATE_RUN = new RegExp(`(?:${LONE_SURROGATE.source})+`);

/**
 * CPython's error for the first lone surrogate of `s`, or null when `s` encodes: it covers the
 * whole run of consecutive lone surrogates, positions in code points of `s`
 * (`'utf-8' codec can't encode character '\ud800' in position 5: surrogates not allowed`).
 */
export function surrogateError(s: string): UnicodeEncodeError | null {
  const m = LONE_SURROGATE_RUN.exec(s);
  if (!m) return null;
  // m.index is a lone surrogate: no pair straddles it.
  const start = indexToCodePoint(s, m.index);
  const stop = start + m[0].length;
  const what =
    stop - start === 1
      ? `character '\\u${hex(s.charCodeAt(m.index), 4)}' in position ${start}`
      : `characters in position ${start}-${stop - 1}`;
  return new UnicodeEncodeError('utf-8', start, stop, 'surrogates not allowed', what);
}

/**
 * `s.encode('utf-8')`.
 * @throws {UnicodeEncodeError} for a lone surrogate, as CPython words it
 */
export function encodeStrictUtf8(s: string): Uint8Array {
  const error = surrogateError(s);
  if (error) throw error;
  return encodeUtf8(s);
}
