/**
 * Python's exception classes that Python's values raise and JavaScript has no counterpart for.
 * Each sets `name` to Python's class name, so `${e.name}: ${e.message}` reads as Python's
 * traceback line. Python's `TypeError` is JavaScript's own `TypeError`.
 * @module
 */
export { ValueError } from '../errors.js';
export { UnicodeEncodeError } from '../utf8-encode.js';

/** Python's `OverflowError`: a result out of range (`date value out of range`). */
export class OverflowError extends Error {
  constructor(message?: string) {
    super(message);
    this.name = 'OverflowError';
  }
}

/**
 * `decimal.InvalidOperation`: an invalid decimal operation, such as `new Decimal('abc')`
 * (`[<class 'decimal.ConversionSyntax'>]`, as C's `_decimal` words it).
 */
export class InvalidOperation extends Error {
  constructor(message?: string) {
    super(message);
    this.name = 'InvalidOperation';
  }
}
