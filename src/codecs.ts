/**
 * Bytes to text, as CPython 3.14's `json.loads(bytes)` does it before parsing:
 * `s.decode(json.detect_encoding(s), 'surrogatepass')`.
 *
 * Valid UTF-8 goes through the platform's `TextDecoder` (fatal mode, so any problem shows up as
 * an exception rather than U+FFFD); everything else (UTF-16, UTF-32, encoded surrogates,
 * undecodable input) through the decoders below, which raise CPython's `UnicodeDecodeError`
 * (encoding name, object, start, end, reason and notes).
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
  // a missing byte is undefined: equal to no byte value, and read as zero only past the length checks
  const [b0, b1, b2, b3] = b;
  if ((!b0 && !b1 && b2 === 0xfe && b3 === 0xff) || (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)) return 'utf-32';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'utf-16';
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8-sig';
  if (n === 2 || n > 3) {
    if (!b0) return n > 2 && !b1 ? 'utf-32-be' : 'utf-16-be';
    if (!b1) return n > 2 && !b2 && !b3 ? 'utf-32-le' : 'utf-16-le';
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
 * What `json.loads(bytes)` decodes from the UTF-8 encoding of `text`, for a caller that decoded
 * valid UTF-8 already (the lines of a byte stream): `text` without a leading BOM (`utf-8-sig`),
 * or, where NUL bytes at the start make `detect_encoding` pick UTF-16 or UTF-32, the bytes
 * decoded as it picks.
 */
export function decodedAsBytes(text: string): string {
  const c0 = text.charCodeAt(0);
  if (c0 === 0xfeff) return text.slice(1);
  if (c0 === 0 || (c0 < 0x80 && text.charCodeAt(1) === 0)) return decodeBytes(encodeUtf8(text));
  return text;
}

/**
 * CPython's `input.decode(encoding, 'surrogatepass')` for the codecs `detect_encoding` names.
 * `'utf-16'` and `'utf-32'` without a BOM read little-endian (CPython's native order on the
 * platforms it runs on here).
 * @throws {UnicodeDecodeError} undecodable input, as CPython reports it
 */
export function decodeAs(input: Uint8Array, encoding: JsonEncoding): string {
  // Only the codecs looked up by name (utf-8-sig, utf-16-le...) add a note.
  const note = encoding.length > 6 ? `decoding with '${encoding}' codec failed` : undefined;
  const width = encoding[4] === '8' ? 0 : encoding[4] === '1' ? 2 : 4;
  if (!width) {
    // utf-8-sig strips one BOM: errors refer to the bytes after it.
    if (note && detectEncoding(input) === 'utf-8-sig') input = input.subarray(3);
    try {
      return (utf8Fatal ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(input);
    } catch {
      // invalid UTF-8 or an encoded surrogate (or no TextDecoder): the precise decoder tells which
    }
  }
  // utf-16 and utf-32 (no order given) look for a BOM
  return decode(input, 0, width, note ? encoding[7] === 'l' : undefined, note, true, true).text;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

// The platform's UTF-8 codecs, reached this one way across src/ (the library compiles without
// the DOM and Node type libraries, which declare them).
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(input: Uint8Array): string };
declare const TextEncoder: new () => { encode(s: string): Uint8Array };

/** The fatal UTF-8 TextDecoder, made on first use (missing in a few bare engines: then it throws). */
let utf8Fatal: InstanceType<typeof TextDecoder> | undefined;
let utf8Encoder: InstanceType<typeof TextEncoder> | undefined;

/** The UTF-8 bytes of `s` (the platform's `TextEncoder`: a lone surrogate becomes U+FFFD). */
export function encodeUtf8(s: string): Uint8Array {
  return (utf8Encoder ??= new TextEncoder()).encode(s);
}

function fail(encoding: string, object: Uint8Array, start: number, end: number, reason: string, note: string | undefined): never {
  const e = new UnicodeDecodeError(encoding, object, start, end, reason);
  if (note) addNote(e, note);
  throw e;
}

// ---------------------------------------------------------------------------------------------
// UTF-8
// ---------------------------------------------------------------------------------------------

/**
 * UTF-8 decoded as CPython's decoder does: strict (as a text file is read) or with
 * `surrogatepass` (as `json.loads(bytes)`). Unless `final`, a sequence cut by the end of `b` is
 * left for the next piece (`consumed` says how many bytes were decoded), and raises only where
 * no byte to come could complete it.
 * @throws {UnicodeDecodeError} positions relative to `b`
 */
export function decodeUtf8(b: Uint8Array, final: boolean, surrogatepass = false): { text: string; consumed: number } {
  const n = b.length;
  const cut = final ? n : incompleteTail(b);
  let text: string | undefined;
  try {
    text = (utf8Fatal ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(b.subarray(0, cut));
  } catch {
    return decode(b, 0, 0, false, undefined, surrogatepass, final);
  }
  // The held-back tail must still be able to become a character.
  if (cut < n) decode(b, cut, 0, false, undefined, surrogatepass, false);
  return { text, consumed: cut };
}

/** `b` strictly decoded as UTF-8, or undefined where it is not (the caller then takes another path). */
export function strictUtf8(b: Uint8Array): string | undefined {
  try {
    return decodeUtf8(b, true).text;
  } catch {
    return undefined;
  }
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

// ---------------------------------------------------------------------------------------------
// The decoder
// ---------------------------------------------------------------------------------------------

/**
 * `b` from `i` on, in UTF-8 (`width` 0), UTF-16 (2) or UTF-32 (4), failing at the first error as
 * CPython does.
 *
 * UTF-16 and UTF-32 (`surrogatepass` always), in the order `le` says or, when undefined, a BOM
 * says: every unit comes through, surrogates included; a UTF-32 unit above 0x10FFFF is
 * `code point not in range(0x110000)`, 1 to 3 bytes left at the end `truncated data`.
 *
 * UTF-8: a lead byte opens a sequence of `len` bytes whose second byte has a narrower range after
 * E0, ED, F0 and F4; the first byte out of range ends it: `invalid continuation byte` for the bytes
 * before it, or, at the end of the input, `unexpected end of data` (unless `final`: then the
 * sequence is left undecoded). Any other byte is an `invalid start byte`. With `surrogatepass`,
 * `ED A0..BF 80..BF` decodes to a surrogate, and a broken one fails as `ED` alone.
 */
function decode(
  b: Uint8Array,
  i: number,
  width: number,
  le: boolean | undefined,
  note: string | undefined,
  surrogatepass: boolean,
  final: boolean,
): { text: string; consumed: number } {
  const n = b.length;
  // From i on, no encoding gives more code units than bytes (UTF-16/32 always start at 0).
  const units = new Uint16Array(n - i);
  let k = 0;
  /** Appends code point c (a surrogate pair above U+FFFF). */
  const put = (c: number) => {
    if (c > 0xffff) {
      c -= 0x10000;
      units[k++] = 0xd800 | (c >> 10);
      c = 0xdc00 | (c & 0x3ff);
    }
    units[k++] = c;
  };
  if (width) {
    const view = new DataView(b.buffer, b.byteOffset, n);
    if (le === undefined) {
      // a BOM picks the order, else little-endian; errors count from the start all the same
      le = true;
      for (const o of [true, false]) {
        if (n >= width && (width > 2 ? view.getUint32(0, o) : view.getUint16(0, o)) === 0xfeff) {
          le = o;
          i = width;
        }
      }
    }
    const encoding = `utf-${width * 8}-${le ? 'le' : 'be'}`;
    for (; i + width <= n; i += width) {
      const c = width > 2 ? view.getUint32(i, le) : view.getUint16(i, le);
      if (c > 0x10ffff) fail(encoding, b, i, i + 4, 'code point not in range(0x110000)', note);
      put(c);
    }
    if (i < n) fail(encoding, b, i, n, 'truncated data', note);
  }
  // UTF-8 (for UTF-16 and UTF-32, i is n by now)
  while (i < n) {
    let c = b[i]!;
    // an ASCII byte is a sequence of one
    const len = c < 0x80 ? 1 : c < 0xc2 || c > 0xf4 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    const surrogate = c === 0xed && b[i + 1]! > 0x9f;
    let lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    let hi = c === 0xf4 ? 0x8f : surrogate && !surrogatepass ? 0x9f : 0xbf;
    let j = 1;
    c &= 0xff >> len;
    for (let x; j < len && (x = b[i + j]!) >= lo && x <= hi; j++, lo = 0x80, hi = 0xbf) c = (c << 6) | (x & 0x3f);
    if (j !== len) {
      if (len && i + j === n && !final) break;
      fail(
        'utf-8',
        b,
        i,
        surrogate ? i + 1 : i + j,
        len ? (i + j < n || surrogate ? 'invalid continuation byte' : 'unexpected end of data') : 'invalid start byte',
        note,
      );
    }
    i += len;
    put(c);
  }
  return { text: unitsToString(units.subarray(0, k)), consumed: i };
}

/**
 * The string of the code units `units`, made 8,192 at a time (which keeps `apply` off the stack
 * limit). V8 makes it one byte per character when every unit is below 256.
 */
function unitsToString(units: Uint16Array): string {
  let text = '';
  for (let j = 0; j < units.length; j += 8192) text += String.fromCharCode.apply(null, units.subarray(j, j + 8192) as unknown as number[]);
  return text;
}
