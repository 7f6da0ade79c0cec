/**
 * How JS arguments stand for Python's: a safe integer (not -0), a bigint or a boolean is an
 * int; any other number, and pyjson's `float()`, is a float. Conversions raise the errors
 * CPython's argument parsing raises, as the pyodide build of CPython 3.14 words them (there a C
 * long is 32 bits wide).
 * @module
 */
import { OverflowError, ValueError } from '../errors.js';
import { PyFloat, isPyInt } from '../../float.js';
import { isPlainObject, typeName as pyTypeName } from '../../names.js';
import { surrogateError } from '../../utf8-encode.js';
import { suggest } from './suggestions.js';

/**
 * Python's `type(x).__name__` (the C `tp_name`) of a JS value, as pyjson maps values and names
 * them everywhere (src/names.ts); `undefined`, an argument left out, is None here.
 */
export function typeName(v: unknown): string {
  return v === undefined ? 'NoneType' : pyTypeName(v);
}

/** The type name in CPython's "argument N must be X, not Y" messages (None is `None`). */
export function argTypeName(v: unknown): string {
  return v === null || v === undefined ? 'None' : typeName(v);
}

/** Whether `v` is a Python int as pyjson maps values. */
export function isInt(v: unknown): v is number | bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'number' && isPyInt(v));
}

/** Whether `v` is a Python float as pyjson maps values. */
export function isFloat(v: unknown): v is number | PyFloat {
  return (typeof v === 'number' && !isPyInt(v)) || v instanceof PyFloat;
}

const C_LONG_MIN = -(2 ** 31);
const C_LONG_MAX = 2 ** 31 - 1;

/**
 * An integer argument as CPython's `i` format reads it (`operator.index`, then a C int).
 * @throws {TypeError} `'float' object cannot be interpreted as an integer`
 * @throws {OverflowError} `Python int too large to convert to C long`
 */
export function cInt(v: unknown, cType: 'int' | 'long' = 'long'): number {
  let n: number;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    if (v < BigInt(C_LONG_MIN) || v > BigInt(C_LONG_MAX)) throw new OverflowError(`Python int too large to convert to C ${cType}`);
    return Number(v);
  }
  if (typeof v === 'number' && isPyInt(v)) n = v;
  else throw new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n < C_LONG_MIN || n > C_LONG_MAX) throw new OverflowError(`Python int too large to convert to C ${cType}`);
  return n;
}

/** A required positional integer argument (`function missing required argument 'month' (pos 2)`). */
export function requiredInt(v: unknown, name: string, pos: number): number {
  if (v === undefined) throw new TypeError(`function missing required argument '${name}' (pos ${pos})`);
  return cInt(v);
}

/** An optional integer argument; `undefined` gives the default. */
export function optionalInt(v: unknown, dflt = 0): number {
  return v === undefined ? dflt : cInt(v);
}

/**
 * Keyword arguments given as a plain object, checked against the names a Python function takes.
 * @throws {TypeError} `<fn>() got an unexpected keyword argument 'x'`
 */
export function checkKeywords(kw: object, allowed: readonly string[], fn: string): void {
  for (const k of Object.keys(kw)) {
    if (allowed.includes(k)) continue;
    const near = suggest(k, allowed);
    throw new TypeError(`${fn}() got an unexpected keyword argument '${k}'${near ? `. Did you mean '${near}'?` : ''}`);
  }
}

/**
 * The arguments of `replace(**fields)` for a constructor that takes `names` in that order: a given
 * field (read as a C int, but for `tzinfo`) or else the value `self` has.
 * @throws {TypeError} `replace() got an unexpected keyword argument 'x'`, or as {@link cInt}
 */
export function replaceArgs<K extends string>(self: Record<K, unknown>, fields: Partial<Record<K, unknown>>, names: readonly K[]): unknown[] {
  checkKeywords(fields, names, 'replace');
  return names.map((k) => (fields[k] === undefined ? self[k] : k === 'tzinfo' ? fields[k] : cInt(fields[k], 'int')));
}

/** Whether `v` is a plain object (a bag of keyword arguments). */
export function isKeywords(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && isPlainObject(v);
}

/**
 * A str argument that CPython converts to UTF-8 (the `s` format): no NUL, no lone surrogate.
 * @throws {TypeError} `<fn>() argument <pos> must be str, not int`
 */
export function utf8Str(v: unknown, fn: string, pos: number): string {
  if (typeof v !== 'string') throw new TypeError(`${fn}() argument ${pos} must be str, not ${argTypeName(v)}`);
  const error = surrogateError(v);
  if (error) throw error;
  if (v.includes('\0')) throw new ValueError('embedded null character');
  return v;
}
