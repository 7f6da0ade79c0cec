/**
 * The type names CPython's messages show for a value (`Object of type X is not JSON
 * serializable`, `not int`), shared by the encoder, the decoder and the entry points.
 * @module
 */
import { isPyInt, PyFloat } from './float.js';

/** Whether `value` is a plain object (prototype `Object.prototype` or null), which pyjson maps to a dict. */
export function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The name used for a JS value in `Object of type X is not JSON serializable`. */
export function typeName(value: unknown): string {
  if (value === null) return 'NoneType';
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) return 'list';
  if (value instanceof Map || isPlainObject(value)) return 'dict';
  let name: unknown;
  try {
    name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  } catch {
    // a Proxy or an exotic prototype chain: fall back to the generic name
  }
  return typeof name === 'string' && name ? name : 'Object';
}

/** Python's type name of a JSON-able scalar (str, int, float, bool), or the JS name otherwise. */
export function pyTypeName(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return isPyInt(value) ? 'int' : 'float';
    default:
      return value instanceof PyFloat ? 'float' : typeName(value);
  }
}
