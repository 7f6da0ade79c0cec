/**
 * The type names CPython's messages show for a value (`Object of type X is not JSON
 * serializable`, `not int`), shared by the encoder, the decoder and the entry points.
 * @module
 */
import { ValueError } from './errors.js';
import { isPyInt, PyFloat } from './float.js';

/** Whether `value` is a plain object (prototype `Object.prototype` or null), which pyjson maps to a dict. */
export function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Python's name for the type of a JS value, as CPython's messages show it: the C `tp_name`
 * (`keys must be ... not decimal.Decimal`), or with `kind` 1 `__name__` (`Object of type Decimal
 * is not JSON serializable`), or with `kind` 2 the fully qualified name of `%T` (`when serializing
 * uuid.UUID object`). A class has one name for all three unless its prototype holds them as
 * `__pytype__`, `[tp_name, __name__, fully qualified]` (the classes of `pyjson/python` do).
 */
export function typeName(value: unknown, kind?: 1 | 2): string {
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return isPyInt(value) ? 'int' : 'float';
    case 'object': {
      if (!value) return 'NoneType'; // null, the one falsy object
      if (value instanceof PyFloat) return 'float';
      if (Array.isArray(value)) return 'list';
      if (value instanceof Map || isPlainObject(value)) return 'dict';
      let name: unknown;
      try {
        name = (value as { __pytype__?: string[] }).__pytype__?.[kind! | 0] || (value as { constructor?: { name?: unknown } }).constructor?.name;
      } catch {
        // a Proxy or an exotic prototype chain: fall back to the generic name
      }
      return (typeof name === 'string' && name) || 'Object';
    }
    default:
      return typeof value;
  }
}

/** Python's `a, b = x`: the two items of `x`, or CPython's ValueError (a value that is not iterable gets the engine's TypeError). */
export function unpackPair(x: Iterable<unknown>): [unknown, unknown] {
  const items = [...x];
  const n = items.length;
  if (n !== 2) throw new ValueError(`${n > 2 ? 'too many' : 'not enough'} values to unpack (expected 2, got ${n})`);
  return items as [unknown, unknown];
}
