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

/**
 * Gives a class the names of its Python type that pyjson's messages show (`typeName` in
 * src/names.ts reads them from the prototype's `__pytype__`): the C `tp_name` (`keys must be
 * ... not decimal.Decimal`), `__name__` (`Object of type Decimal is not JSON serializable`; also
 * pinned as the JS class name, which minifiers would otherwise shorten) and the fully qualified
 * name (`when serializing uuid.UUID object`).
 */
export function namePythonType(cls: { prototype: object }, tpName: string, fqName = tpName): void {
  const name = tpName.slice(tpName.lastIndexOf('.') + 1);
  Object.defineProperty(cls.prototype, '__pytype__', { value: [tpName, name, fqName] });
  Object.defineProperty(cls, 'name', { value: name });
}
