/**
 * Python's tuple form, `Decimal((sign, digits, exponent))`, which also takes a list: a JS array
 * `[sign, digits, exponent]`, checked in CPython's order with its errors, then read as the text
 * CPython makes of it.
 * @module
 */
import { isPyInt } from '../../float.js';
import { OverflowError, ValueError } from '../errors.js';
import * as Messages from './messages.js';

/** What a JS value is as a Python int (bool included), or `undefined` when it is not one. */
function pyInt(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number' && isPyInt(v)) return BigInt(v);
  return undefined;
}

// The C types CPython converts to: long and ssize_t, 64-bit as on every 64-bit CPython.
const C_MAX = 2n ** 63n - 1n;
const C_MIN = -(2n ** 63n);

function cLong(n: bigint, message: string): bigint {
  if (n > C_MAX || n < C_MIN) throw new OverflowError(message);
  return n;
}

/**
 * The text CPython builds from the tuple (`+123E-2`, `-NaN5`, `+Inf`).
 * @throws {ValueError | OverflowError} as CPython does for a malformed tuple
 */
export function tupleText(t: readonly unknown[]): string {
  if (t.length !== 3) throw new ValueError(Messages.tupleLength);
  const s = pyInt(t[0]);
  if (s === undefined) throw new ValueError(Messages.tupleSign);
  const sign = cLong(s, Messages.tooLargeForLong);
  if (sign !== 0n && sign !== 1n) throw new ValueError(Messages.tupleSign);
  let head = sign ? '-' : '+';
  let exponent: bigint | undefined;
  const e = t[2];
  if (typeof e === 'string') {
    if (e === 'F') head += 'Inf';
    else if (e === 'n') head += 'NaN';
    else if (e === 'N') head += 'sNaN';
    else throw new ValueError(Messages.tupleSpecial);
  } else {
    const n = pyInt(e);
    if (n === undefined) throw new ValueError(Messages.tupleExponent);
    exponent = cLong(n, Messages.tooLargeForSsize);
  }
  const digits = t[1];
  if (!Array.isArray(digits)) throw new ValueError(Messages.tupleDigits);
  let coeff = '';
  for (const d of digits as unknown[]) {
    const n = pyInt(d);
    if (n === undefined) throw new ValueError(Messages.tupleDigits);
    if (cLong(n, Messages.tooLargeForLong) < 0n || n > 9n) throw new ValueError(Messages.tupleDigits);
    coeff += String(n);
  }
  // Infinity takes any well-formed digits and ignores them; a number without digits is zero.
  if (e === 'F') return head;
  if (exponent === undefined) return head + coeff;
  return `${head}${coeff || '0'}E${exponent}`;
}
