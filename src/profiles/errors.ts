/**
 * Python's exceptions that the frameworks' serializers raise beyond `json`'s own: each sets
 * `name` to Python's class name, so `${e.name}: ${e.message}` reads as the traceback's last line.
 * @module
 */

export { UnicodeEncodeError } from '../utf8-encode.js';

/** Python's `AttributeError`: nbformat reading `cell.cell_type` of a cell without one. */
export class AttributeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttributeError';
  }
}

/** Python's `KeyError`; its text is the `repr()` of the key, as `str(KeyError(k))` is. */
export class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

/**
 * requests' `InvalidJSONError` (a `RequestException`, an `IOError` in Python): the body could not
 * be encoded; its text is the text of the `ValueError` from `json.dumps`, kept as `cause`.
 */
export class InvalidJSONError extends Error {
  constructor(cause: Error) {
    super(cause.message, { cause });
    this.name = 'InvalidJSONError';
  }
}

/** Python's `AssertionError` (nbformat's validator asserts that the version numbers are ints). */
export class AssertionError extends Error {
  constructor(message = '') {
    super(message);
    this.name = 'AssertionError';
  }
}

/** Python's `ImportError` (nbformat looks up the module of an unknown format version: `v5`). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
