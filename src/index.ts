/**
 * pyjson: Python's `json` module for TypeScript and JavaScript, byte for byte.
 *
 * `dumps(value, opts)` returns exactly the text CPython 3.14's `json.dumps(value, **opts)`
 * returns; `loads(text, opts)` returns the value, or throws the very error, that
 * `json.loads` gives.
 *
 * @example
 * import { dumps, loads } from 'pyjson';
 * dumps({ b: 1.5, a: [1, 'é'] }, { sortKeys: true }) // '{"a": [1, "\\u00e9"], "b": 1.5}'
 * loads('{"id": 12345678901234567890}') // { id: 12345678901234567890n }
 * @module
 */
import { decodeBytes } from './codecs.js';
import { isBytes, JSONDecoder, type LoadsOptions } from './decoder.js';
import { JSONEncoder, type DumpsOptions } from './encoder.js';
import { JSONDecodeError } from './errors.js';
import * as Messages from './messages.js';
import { typeName } from './names.js';
import { configured } from './options.js';

export { JSONDecoder, type DecoderOptions, type LoadsOptions } from './decoder.js';
export { JSONEncoder, type DumpsOptions, type EncoderOptions } from './encoder.js';
export { JSONDecodeError, RecursionError, UnicodeDecodeError, ValueError, type ErrorWithNotes } from './errors.js';
export { float, PyFloat } from './float.js';

/** What `loads` accepts: text, or bytes in UTF-8, UTF-16 or UTF-32 (detected as CPython does). */
export type JSONInput = string | Uint8Array | ArrayBuffer;

/** Anything with a `write(chunk: string)` method, such as a Node `Writable` or an array-backed sink. */
export interface TextWriter {
  write(chunk: string): unknown;
}

/** Anything with a `read()` method returning the whole document as text or bytes. */
export interface Reader {
  read(): JSONInput;
}

/**
 * Serializes `obj` to a JSON string, exactly as CPython's `json.dumps`.
 *
 * @param obj the value: see the README's mapping table (safe integers are ints, other numbers floats, bigint ints, `float(x)` floats, plain objects and Maps dicts, Arrays lists)
 * @param options see {@link DumpsOptions}; Python spellings (`sort_keys`) are accepted too
 * @throws {TypeError} `Object of type X is not JSON serializable`, bad keys, unsortable keys
 * @throws {ValueError} `Circular reference detected`, out-of-range floats with `allowNan: false`
 * @example
 * dumps([1, 1.5, float(2), 2n ** 64n, NaN]) // '[1, 1.5, 2.0, 18446744073709551616, NaN]'
 */
export function dumps(obj: unknown, options?: DumpsOptions): string {
  return configured(options, 'dumps()', JSONEncoder).encode(obj);
}

/**
 * Serializes `obj` and writes it to `fp` chunk by chunk (`fp.write(chunk)`), as CPython's
 * `json.dump` does: on an error, the chunks before it have been written.
 *
 * @example
 * const chunks: string[] = [];
 * dump({ a: 1 }, { write: (c: string) => chunks.push(c) });
 * chunks // → ['{', '"a"', ': ', '1', '}']
 */
export function dump(obj: unknown, fp: TextWriter, options?: DumpsOptions): void {
  for (const chunk of configured(options, 'dump()', JSONEncoder).iterencode(obj)) fp.write(chunk);
}

/**
 * Parses a JSON document, exactly as CPython's `json.loads`.
 *
 * @param s text, or bytes (UTF-8 with or without BOM, UTF-16, UTF-32; detected as CPython does)
 * @param options see {@link LoadsOptions}; Python spellings (`object_hook`) are accepted too
 * @throws {JSONDecodeError} invalid JSON, with CPython's message and position (in code points)
 * @throws {UnicodeDecodeError} undecodable bytes
 * @throws {ValueError} integers of more than 4,300 digits
 * @example
 * loads('[1, 2.5, NaN, 9007199254740993]') // [1, 2.5, NaN, 9007199254740993n]
 */
export function loads(s: JSONInput, options?: LoadsOptions): any {
  let text: string;
  if (typeof s === 'string') {
    if (s.charCodeAt(0) === 0xfeff) throw new JSONDecodeError(Messages.unexpectedBom, s, 0);
    text = s;
  } else if (isBytes(s)) {
    text = decodeBytes(s instanceof ArrayBuffer ? new Uint8Array(s) : s);
  } else {
    throw new TypeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s, 1)}`);
  }
  return configured(options, 'loads()', JSONDecoder).decode(text);
}

/**
 * Reads `fp.read()` (text or bytes) and parses it, as CPython's `json.load`.
 * @throws the errors of {@link loads}
 */
export function load(fp: Reader, options?: LoadsOptions): any {
  return loads(fp.read(), options);
}
