/**
 * Bytes to text, as CPython 3.14's `json.loads(bytes)` does it before parsing:
 * `s.decode(json.detect_encoding(s), 'surrogatepass')`.
 *
 * Valid UTF-8 goes through the platform's `TextDecoder` (fatal mode, so any problem shows up as
 * an exception rather than U+FFFD); everything else — UTF-16, UTF-32, encoded surrogates, and
 * undecodable input — through the hand-written decoders below, which reproduce CPython's
 * `UnicodeDecodeError` (encoding name, object, start, end, reason and notes).
 * @module
 */
import { addNote, UnicodeDecodeError } from './errors.js';

/** The codec names `json.detect_encoding` can return. */
export type JsonEncoding =
  | 'utf-8'
  | 'utf-8-sig'
  | 'utf-16'
  | 'utf-16-le'
  | 'utf-16-be'
  | 'utf-32'
  | 'utf-32-le'
  | 'utf-32-be';

/**
 * CPython's `json.detect_encoding(b)`: the BOMs first (UTF-32, UTF-16, UTF-8), then the
 * position of zero bytes in the first four (or two) bytes, else `'utf-8'`.
 */
export function detectEncoding(b: Uint8Array): JsonEncoding {
  const n = b.length;
  const b0 = n > 0 ? b[0]! : -1;
  const b1 = n > 1 ? b[1]! : -1;
  if (n >= 4) {
    if ((b0 === 0x00 && b1 === 0x00 && b[2] === 0xfe && b[3] === 0xff) || (b0 === 0xff && b1 === 0xfe && b[2] === 0 && b[3] === 0)) {
      return 'utf-32';
    }
  }
  if (n >= 2 && ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))) return 'utf-16';
  if (n >= 3 && b0 === 0xef && b1 === 0xbb && b[2] === 0xbf) return 'utf-8-sig';
  if (n >= 4) {
    if (b0 === 0) return b1 !== 0 ? 'utf-16-be' : 'utf-32-be';
    if (b1 === 0) return b[2] !== 0 || b[3] !== 0 ? 'utf-16-le' : 'utf-32-le';
  } else if (n === 2) {
    if (b0 === 0) return 'utf-16-be';
    if (b1 === 0) return 'utf-16-le';
  }
  return 'utf-8';
}

/**
 * What CPython's `json.loads(bytes)` decodes the bytes to:
 * `input.decode(json.detect_encoding(input), 'surrogatepass')`.
 * Lone surrogates (encoded in UTF-8 as `ED A0..BF 80..BF`, or in UTF-16/UTF-32) come through as
 * lone surrogate code units.
 * @throws {UnicodeDecodeError} undecodable input, with CPython's encoding, object, start, end,
 *   reason, message and notes
 */
export function decodeBytes(input: Uint8Array): string {
  return decodeAs(input, detectEncoding(input));
}

/**
 * CPython's `input.decode(encoding, 'surrogatepass')` for the codecs `detect_encoding` names.
 * `'utf-16'` and `'utf-32'` without a BOM read little-endian (CPython's native order on the
 * platforms it runs on here).
 * @throws {UnicodeDecodeError} undecodable input, as CPython reports it
 */
export function decodeAs(input: Uint8Array, encoding: JsonEncoding): string {
  switch (encoding) {
    case 'utf-8':
      return decodeUtf8(input, null);
    case 'utf-8-sig': {
      // The codec strips one BOM and decodes the rest: errors refer to the bytes after it.
      const body = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
      return decodeUtf8(body, "decoding with 'utf-8-sig' codec failed");
    }
    case 'utf-16': {
      // CPython's fast path for 'utf-16': the BOM picks the order, errors count from the start
      // of the whole input (BOM included) and carry no note.
      if (input.length >= 2 && input[0] === 0xfe && input[1] === 0xff) return decodeUtf16(input, 2, false, null);
      if (input.length >= 2 && input[0] === 0xff && input[1] === 0xfe) return decodeUtf16(input, 2, true, null);
      return decodeUtf16(input, 0, true, null);
    }
    case 'utf-16-le':
      return decodeUtf16(input, 0, true, "decoding with 'utf-16-le' codec failed");
    case 'utf-16-be':
      return decodeUtf16(input, 0, false, "decoding with 'utf-16-be' codec failed");
    case 'utf-32': {
      const n = input.length;
      if (n >= 4 && input[0] === 0 && input[1] === 0 && input[2] === 0xfe && input[3] === 0xff) return decodeUtf32(input, 4, false, null);
      if (n >= 4 && input[0] === 0xff && input[1] === 0xfe && input[2] === 0 && input[3] === 0) return decodeUtf32(input, 4, true, null);
      return decodeUtf32(input, 0, true, null);
    }
    case 'utf-32-le':
      return decodeUtf32(input, 0, true, "decoding with 'utf-32-le' codec failed");
    case 'utf-32-be':
      return decodeUtf32(input, 0, false, "decoding with 'utf-32-be' codec failed");
    default:
      throw new TypeError(`unsupported encoding: ${String(encoding)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

/** The platform's TextDecoder (Node, browsers, Deno, Bun); absent in a few bare engines. */
const TextDecoderImpl = (globalThis as { TextDecoder?: TextDecoderCtor }).TextDecoder;

let utf8Fatal: TextDecoderLike | null | undefined;

function fatalUtf8Decoder(): TextDecoderLike | null {
  if (utf8Fatal === undefined) {
    try {
      utf8Fatal = TextDecoderImpl ? new TextDecoderImpl('utf-8', { fatal: true, ignoreBOM: true }) : null;
    } catch {
      utf8Fatal = null;
    }
  }
  return utf8Fatal;
}

/** Below this many bytes a plain loop beats a call into TextDecoder (about 100 ns in Node 20). */
const SMALL_INPUT = 8;

/** Code units are turned into a string this many at a time (keeps `apply` off the stack limit). */
const CHUNK = 8192;

function unitsToString(units: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  }
  return out;
}

function fail(encoding: string, object: Uint8Array, start: number, end: number, reason: string, note: string | null): never {
  const e = new UnicodeDecodeError(encoding, object, start, end, reason);
  if (note !== null) addNote(e, note);
  throw e;
}

// ---------------------------------------------------------------------------------------------
// UTF-8
// ---------------------------------------------------------------------------------------------

function decodeUtf8(b: Uint8Array, note: string | null): string {
  const n = b.length;
  if (n < SMALL_INPUT) {
    // a few ASCII bytes: cheaper than a call into TextDecoder
    let s = '';
    for (let i = 0; i < n; i++) {
      const c = b[i]!;
      if (c >= 0x80) return utf8Precise(b, 0, note, true, true).text;
      s += String.fromCharCode(c);
    }
    return s;
  }
  const td = fatalUtf8Decoder();
  if (td !== null) {
    try {
      return td.decode(b);
    } catch {
      // invalid UTF-8 or an encoded surrogate: the precise decoder below tells which
    }
  }
  return utf8Precise(b, 0, note, true, true).text;
}

/**
 * One piece of a UTF-8 stream, decoded as CPython's decoder does: with `surrogatepass` (as
 * `json.loads(bytes)`) or strict (as a text file is read). Unless `final`, a sequence cut by the
 * end of `b` is left for the next piece: `consumed` says how many bytes were decoded.
 * @throws {UnicodeDecodeError} positions relative to `b`
 */
export function decodeUtf8Piece(b: Uint8Array, surrogatepass: boolean, final: boolean): { text: string; consumed: number } {
  const n = b.length;
  const cut = final ? n : incompleteTail(b);
  const td = fatalUtf8Decoder();
  if (td !== null) {
    let text: string | undefined;
    try {
      text = td.decode(b.subarray(0, cut));
    } catch {
      // invalid UTF-8 or an encoded surrogate: the precise decoder below tells which
    }
    if (text !== undefined) {
      // The held-back tail must still be able to become a character.
      if (cut < n) utf8Precise(b, cut, null, surrogatepass, false);
      return { text, consumed: cut };
    }
  }
  return utf8Precise(b, 0, null, surrogatepass, final);
}

/** Where a possibly incomplete final UTF-8 sequence of `b` starts (`b.length` when there is none). */
export function incompleteTail(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && n - k >= 0; k++) {
    const c = b[n - k]!;
    if (c < 0x80) return n;
    if (c >= 0xc0) return (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) > k ? n - k : n;
  }
  return n;
}

/** The bytes of `parts` (`total` of them) in one array; a part that holds them all is returned as it is. */
export function concatBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  const whole = parts.find((p) => p.length === total);
  if (whole !== undefined) return whole;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const INVALID_START = 'invalid start byte';
const INVALID_CONTINUATION = 'invalid continuation byte';
const UNEXPECTED_END = 'unexpected end of data';

/**
 * UTF-8 from `start` on, reporting the first error exactly as CPython's decoder does:
 * a bad lead byte is `invalid start byte` (1 byte); a bad byte after a lead byte is
 * `invalid continuation byte` covering the bytes before it (for E0/ED/F0/F4 a second byte outside
 * the allowed range counts as bad); a sequence cut short by the end of the input is
 * `unexpected end of data` up to the end, or, unless `final`, left undecoded. `ED A0..BF 80..BF`
 * (a UTF-8-encoded surrogate) is an error for the strict codec and let through by `surrogatepass`.
 */
function utf8Precise(
  b: Uint8Array,
  start: number,
  note: string | null,
  surrogatepass: boolean,
  final: boolean,
): { text: string; consumed: number } {
  const n = b.length;
  const units = new Uint16Array(n - start);
  let k = 0;
  let i = start;
  let reason: string;
  let end: number;
  for (;;) {
    // ASCII run
    while (i < n && b[i]! < 0x80) units[k++] = b[i++]!;
    if (i >= n) return { text: unitsToString(units, k), consumed: n };
    const c = b[i]!;
    const left = n - i;
    if (c < 0xc2) {
      reason = INVALID_START;
      end = i + 1;
      break;
    }
    if (c < 0xe0) {
      if (left < 2) {
        if (!final) return { text: unitsToString(units, k), consumed: i };
        reason = UNEXPECTED_END;
        end = n;
        break;
      }
      const c2 = b[i + 1]!;
      if ((c2 & 0xc0) !== 0x80) {
        reason = INVALID_CONTINUATION;
        end = i + 1;
        break;
      }
      units[k++] = ((c & 0x1f) << 6) | (c2 & 0x3f);
      i += 2;
      continue;
    }
    if (c < 0xf0) {
      if (left < 3) {
        if (left >= 2) {
          const c2 = b[i + 1]!;
          // A cut surrogate may still be completed when surrogatepass lets it through.
          const heldSurrogate = surrogatepass && !final && c === 0xed && c2 >= 0xa0 && c2 <= 0xbf;
          if (!heldSurrogate && ((c2 & 0xc0) !== 0x80 || (c2 < 0xa0 ? c === 0xe0 : c === 0xed))) {
            reason = INVALID_CONTINUATION;
            end = i + 1;
            break;
          }
        }
        if (!final) return { text: unitsToString(units, k), consumed: i };
        reason = UNEXPECTED_END;
        end = n;
        break;
      }
      const c2 = b[i + 1]!;
      const c3 = b[i + 2]!;
      if ((c2 & 0xc0) !== 0x80 || (c === 0xe0 && c2 < 0xa0)) {
        reason = INVALID_CONTINUATION;
        end = i + 1;
        break;
      }
      if (c === 0xed && c2 >= 0xa0) {
        // An encoded surrogate: an error for the strict codec (1 byte), which `surrogatepass`
        // turns into the surrogate when a continuation byte follows.
        if (!surrogatepass || (c3 & 0xc0) !== 0x80) {
          reason = INVALID_CONTINUATION;
          end = i + 1;
          break;
        }
      } else if ((c3 & 0xc0) !== 0x80) {
        reason = INVALID_CONTINUATION;
        end = i + 2;
        break;
      }
      units[k++] = ((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
      i += 3;
      continue;
    }
    if (c < 0xf5) {
      if (left < 4) {
        if (left >= 2) {
          const c2 = b[i + 1]!;
          if ((c2 & 0xc0) !== 0x80 || (c2 < 0x90 ? c === 0xf0 : c === 0xf4)) {
            reason = INVALID_CONTINUATION;
            end = i + 1;
            break;
          }
          if (left >= 3 && (b[i + 2]! & 0xc0) !== 0x80) {
            reason = INVALID_CONTINUATION;
            end = i + 2;
            break;
          }
        }
        if (!final) return { text: unitsToString(units, k), consumed: i };
        reason = UNEXPECTED_END;
        end = n;
        break;
      }
      const c2 = b[i + 1]!;
      if ((c2 & 0xc0) !== 0x80 || (c2 < 0x90 ? c === 0xf0 : c === 0xf4)) {
        reason = INVALID_CONTINUATION;
        end = i + 1;
        break;
      }
      const c3 = b[i + 2]!;
      if ((c3 & 0xc0) !== 0x80) {
        reason = INVALID_CONTINUATION;
        end = i + 2;
        break;
      }
      const c4 = b[i + 3]!;
      if ((c4 & 0xc0) !== 0x80) {
        reason = INVALID_CONTINUATION;
        end = i + 3;
        break;
      }
      const cp = (((c & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((c3 & 0x3f) << 6) | (c4 & 0x3f)) - 0x10000;
      units[k++] = 0xd800 | (cp >> 10);
      units[k++] = 0xdc00 | (cp & 0x3ff);
      i += 4;
      continue;
    }
    reason = INVALID_START;
    end = i + 1;
    break;
  }
  return fail('utf-8', b, i, end, reason, note);
}

// ---------------------------------------------------------------------------------------------
// UTF-16 and UTF-32
// ---------------------------------------------------------------------------------------------

/**
 * UTF-16 with `surrogatepass`: every complete 2-byte unit is a code unit as it stands (paired or
 * not); the only possible error is an odd byte left at the end (`truncated data`, that byte).
 */
function decodeUtf16(b: Uint8Array, from: number, littleEndian: boolean, note: string | null): string {
  const n = b.length;
  const count = (n - from) >> 1;
  const units = new Uint16Array(count);
  let j = from;
  if (littleEndian) {
    for (let k = 0; k < count; k++, j += 2) units[k] = b[j]! | (b[j + 1]! << 8);
  } else {
    for (let k = 0; k < count; k++, j += 2) units[k] = (b[j]! << 8) | b[j + 1]!;
  }
  if (((n - from) & 1) !== 0) {
    fail(littleEndian ? 'utf-16-le' : 'utf-16-be', b, n - 1, n, 'truncated data', note);
  }
  return unitsToString(units, count);
}

/**
 * UTF-32 with `surrogatepass`: surrogates come through; a unit above 0x10FFFF is
 * `code point not in range(0x110000)` (those 4 bytes); 1 to 3 bytes left at the end are
 * `truncated data` (those bytes). The first problem in the input is the one reported.
 */
function decodeUtf32(b: Uint8Array, from: number, littleEndian: boolean, note: string | null): string {
  const n = b.length;
  const count = (n - from) >> 2;
  const units = new Uint16Array(count * 2);
  const encoding = littleEndian ? 'utf-32-le' : 'utf-32-be';
  let k = 0;
  let j = from;
  for (let u = 0; u < count; u++, j += 4) {
    const cp = littleEndian
      ? (b[j]! | (b[j + 1]! << 8) | (b[j + 2]! << 16) | (b[j + 3]! << 24)) >>> 0
      : ((b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!) >>> 0;
    if (cp < 0x10000) {
      units[k++] = cp;
    } else if (cp < 0x110000) {
      const v = cp - 0x10000;
      units[k++] = 0xd800 | (v >> 10);
      units[k++] = 0xdc00 | (v & 0x3ff);
    } else {
      fail(encoding, b, j, j + 4, 'code point not in range(0x110000)', note);
    }
  }
  if (j < n) fail(encoding, b, j, n, 'truncated data', note);
  return unitsToString(units, k);
}
