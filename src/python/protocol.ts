/**
 * How Python's values in `pyjson/python` describe themselves to `repr()`.
 *
 * A class whose instances stand for a Python value implements `[pyRepr]()`, returning the text
 * of Python's `repr()`, and `toString()`, returning the text of Python's `str()`. `repr(x)` and
 * `str(x)` from `pyjson/python` call these, so containers holding such values print as Python's do.
 * The key is a registered symbol, so two copies of pyjson in one program understand each other.
 * @module
 */

/** The method that returns a value's Python `repr()` text. */
export const pyRepr: unique symbol = Symbol.for('pyjson.repr') as never;

/** A JS object standing for a Python value. */
export interface PyValue {
  /** Python's `repr()` of the value. */
  [pyRepr](): string;
  /** Python's `str()` of the value. */
  toString(): string;
}
