/**
 * Python's exact conversions of numbers: `Decimal(int)` and `Decimal(float)`, the latter giving
 * the double's exact binary value (`Decimal(0.1)` has 55 digits), as `Decimal.from_float` does.
 * @module
 */
import { isPyInt, PyFloat } from '../../float.js';
import { finite, special, type Parts } from './parts.js';

/**
 * The exact value of a JS value that stands for a Python int (a safe integer other than -0, a
 * bigint, a boolean) or float (any other number, `float(x)`); `undefined` for any other value.
 */
export function partsOfNumber(v: unknown): Parts | undefined {
  switch (typeof v) {
    case 'number':
      return isPyInt(v) ? partsOfInt(v) : partsOfDouble(v);
    case 'bigint':
      return partsOfBigInt(v);
    case 'boolean':
      return partsOfInt(v ? 1 : 0);
  }
  return v instanceof PyFloat ? partsOfDouble(v.value) : undefined;
}

function partsOfBigInt(n: bigint): Parts {
  return n < 0n ? finite(1, (-n).toString(), 0) : finite(0, n.toString(), 0);
}

/** A safe integer as Python's int. */
function partsOfInt(n: number): Parts {
  return n < 0 ? finite(1, String(-n), 0) : finite(0, String(n), 0);
}

const view = new DataView(new ArrayBuffer(8));

/**
 * A double as Python's float: NaN (of either sign) becomes a positive quiet NaN, -0.0 is `-0`;
 * otherwise m / 2^k in lowest terms becomes m * 5^k with exponent -k.
 */
function partsOfDouble(x: number): Parts {
  if (x !== x) return special(0, 'n');
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? 1 : 0;
  if (x === Infinity || x === -Infinity) return special(sign, 'F');
  const a = Math.abs(x);
  if (a <= Number.MAX_SAFE_INTEGER && Number.isInteger(a)) return finite(sign, String(a), 0);
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (biased === 0) e2 = -1074;
  else {
    mantissa |= 1n << 52n;
    e2 = biased - 1075;
  }
  if (e2 >= 0) return finite(sign, (mantissa << BigInt(e2)).toString(), 0);
  while (e2 < 0 && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    e2++;
  }
  const k = -e2;
  return finite(sign, (mantissa * 5n ** BigInt(k)).toString(), -k);
}
