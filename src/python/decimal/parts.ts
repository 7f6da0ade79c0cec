/**
 * The value of a Decimal as plain data, and the exponent range it must fit.
 * @module
 */
import { InvalidOperation } from '../errors.js';
import * as Messages from './messages.js';

/**
 * An exponent. A number while its magnitude is at most 2^52 (so adding a digit count stays
 * exact), a bigint beyond: 64-bit CPython takes exponents up to about ±2e18.
 */
export type Exp = number | bigint;

/** `'n'` quiet NaN, `'N'` signaling NaN, `'F'` infinity: the letters of Python's `as_tuple()`. */
export type Kind = 'finite' | 'n' | 'N' | 'F';

export interface Parts {
  readonly sign: 0 | 1;
  readonly kind: Kind;
  /**
   * Finite: the coefficient's digits without leading zeros (`'0'` for zero). NaN: the payload
   * without leading zeros (`''` for none). Infinity: `''`.
   */
  readonly coeff: string;
  /** Finite only (0 otherwise). */
  readonly exp: Exp;
}

const EXP_NUMBER_LIMIT = 2n ** 52n;

/** `e` as an `Exp`: a number when small enough. */
export function toExp(e: bigint): Exp {
  return e <= EXP_NUMBER_LIMIT && e >= -EXP_NUMBER_LIMIT ? Number(e) : e;
}

// 64-bit libmpdec's limits (MAX_EMAX and MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)): the range of
// every 64-bit CPython. 32-bit builds (pyodide, WebAssembly) stop at 425000000 and -849999999.
const EMAX = 999_999_999_999_999_999n;
const ETINY = -1_999_999_999_999_999_997n;

/**
 * A finite value as `Decimal(str)` gives it exactly: the exponent at least Etiny and the
 * adjusted exponent at most Emax, else CPython raises InvalidOperation (nothing is rounded or
 * clamped). A number exponent is always in range.
 */
export function finite(sign: 0 | 1, coeff: string, exp: Exp): Parts {
  if (typeof exp === 'bigint') {
    const adjusted = exp + BigInt(coeff.length - 1);
    if (exp < ETINY || adjusted > EMAX) throw new InvalidOperation(Messages.invalidOperation);
  }
  return { sign, kind: 'finite', coeff, exp };
}

/** `exp + digits - 1`, the exponent of the first digit. */
export function adjusted(p: Parts): Exp {
  return typeof p.exp === 'number' ? p.exp + p.coeff.length - 1 : p.exp + BigInt(p.coeff.length - 1);
}

export function special(sign: 0 | 1, kind: 'n' | 'N' | 'F', payload = ''): Parts {
  return { sign, kind, coeff: payload, exp: 0 };
}

/** A quiet or a signaling NaN. */
export function isNaNParts(p: Parts): boolean {
  return p.kind === 'n' || p.kind === 'N';
}

export function isZero(p: Parts): boolean {
  return p.kind === 'finite' && p.coeff === '0';
}
