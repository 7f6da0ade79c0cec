/**
 * Python's comparisons of a Decimal with a Decimal, an int or a float: exact (a float compares
 * by its binary value), with the NaN rules of C `_decimal`.
 * @module
 */
import { InvalidOperation } from '../errors.js';
import * as Messages from './messages.js';
import { adjusted, isNaNParts, isZero, type Parts } from './parts.js';

/**
 * Python's `a == b`: exact; false when either is a quiet NaN.
 * @throws {InvalidOperation} when either is a signaling NaN
 */
export function equalValues(a: Parts, b: Parts): boolean {
  if (isNaNParts(a) || isNaNParts(b)) {
    if (a.kind === 'N' || b.kind === 'N') throw new InvalidOperation(Messages.invalidOperation);
    return false;
  }
  return compareNumbers(a, b) === 0;
}

/**
 * The order of `a` and `b` for Python's `<`, `<=`, `>`, `>=`.
 * @throws {InvalidOperation} when either is a NaN, quiet or signaling
 */
export function orderValues(a: Parts, b: Parts): -1 | 0 | 1 {
  if (isNaNParts(a) || isNaNParts(b)) throw new InvalidOperation(Messages.invalidOperation);
  return compareNumbers(a, b);
}

/**
 * -1, 0 or 1 for two values that are not NaN: infinities at the ends, zeros equal whatever
 * their sign or exponent, then sign, adjusted exponent and the digits.
 */
function compareNumbers(a: Parts, b: Parts): -1 | 0 | 1 {
  if (a.kind === 'F' || b.kind === 'F') {
    const x = a.kind === 'F' ? (a.sign ? -1 : 1) : 0;
    const y = b.kind === 'F' ? (b.sign ? -1 : 1) : 0;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const az = isZero(a);
  const bz = isZero(b);
  if (az || bz) {
    if (az && bz) return 0;
    return az ? (b.sign ? 1 : -1) : a.sign ? -1 : 1;
  }
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const flip = a.sign ? -1 : 1;
  const ea = adjusted(a);
  const eb = adjusted(b);
  // Relational operators compare a number and a bigint exactly (=== would not).
  if (ea < eb) return (-flip) as -1 | 1;
  if (ea > eb) return flip;
  // Same adjusted exponent: the digits line up from the first; trailing zeros do not count.
  const da = a.coeff.replace(/0+$/, '');
  const db = b.coeff.replace(/0+$/, '');
  return da === db ? 0 : (((da < db ? -1 : 1) * flip) as -1 | 1);
}
