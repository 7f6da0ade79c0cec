/**
 * Python's `str()` of a Decimal (the General Decimal Arithmetic "to-scientific-string") and its
 * `as_tuple()`.
 * @module
 */
import { adjusted, type Exp, type Parts } from './parts.js';

/**
 * Plain notation when the exponent is at most 0 and the adjusted exponent at least -6
 * (`12.50`, `0.000001`, `-0`); else one digit, the rest after a point, and `E±adjusted`
 * (`1E-7`, `1.2E+3`, `0E+2`).
 */
export function sciString(p: Parts): string {
  const sign = p.sign ? '-' : '';
  switch (p.kind) {
    case 'n':
      return sign + 'NaN' + p.coeff;
    case 'N':
      return sign + 'sNaN' + p.coeff;
    case 'F':
      return sign + 'Infinity';
  }
  const { coeff, exp } = p;
  const adj = adjusted(p);
  if (exp === 0) return sign + coeff;
  if (exp < 0 && adj >= -6) {
    const point = coeff.length + (exp as number);
    return point > 0
      ? sign + coeff.slice(0, point) + '.' + coeff.slice(point)
      : sign + '0.' + '0'.repeat(-point) + coeff;
  }
  const mantissa = coeff.length > 1 ? coeff[0] + '.' + coeff.slice(1) : coeff;
  return `${sign}${mantissa}E${adj >= 0 ? '+' : ''}${adj}`;
}

/** Python's `DecimalTuple`: `(sign, digits, exponent)`. */
export interface DecimalTuple {
  /** 1 when the sign is negative (also for `-0` and `-NaN`). */
  sign: 0 | 1;
  /** The coefficient's digits; for a NaN its payload (`[]` for none); `[0]` for infinity. */
  digits: number[];
  /**
   * The exponent, or `'n'` (NaN), `'N'` (sNaN), `'F'` (infinity). A bigint only beyond ±2^52,
   * which only 64-bit CPython's range reaches (up to about ±2e18).
   */
  exponent: Exp | 'n' | 'N' | 'F';
}

export function asTuple(p: Parts): DecimalTuple {
  const digits: number[] = [];
  for (let i = 0; i < p.coeff.length; i++) digits.push(p.coeff.charCodeAt(i) - 0x30);
  if (p.kind === 'F') digits.push(0);
  return { sign: p.sign, digits, exponent: p.kind === 'finite' ? p.exp : p.kind };
}
