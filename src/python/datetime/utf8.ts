/**
 * UTF-8 bytes of text, as CPython's C code sees a str (PyUnicode_AsUTF8).
 * @module
 */
import { encodeUtf8 } from '../../codecs.js';
import { LONE_SURROGATE } from '../../utf8-encode.js';

/** The UTF-8 bytes of `s`; undefined when it holds a lone surrogate (CPython's UnicodeEncodeError). */
export function utf8(s: string): Uint8Array | undefined {
  return LONE_SURROGATE.test(s) ? undefined : encodeUtf8(s);
}
