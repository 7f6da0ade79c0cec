/**
 * Python's `decimal.Decimal` as a value: exact construction, `str()`/`repr()`, `as_tuple()`,
 * conversions and comparisons, as CPython 3.14's C `_decimal` does them. No arithmetic.
 * @module
 */
import type { PyFloat } from '../../float.js';
import { typeName } from '../../names.js';
import { OverflowError, ValueError } from '../errors.js';
import { namePythonType, pyRepr, type PyValue } from '../protocol.js';
import { partsOfNumber } from './binary.js';
import { equalValues, orderValues } from './compare.js';
import { asTuple, sciString, type DecimalTuple } from './format.js';
import * as Messages from './messages.js';
import { isNaNParts, isZero, type Parts } from './parts.js';
import { parseDecimalText } from './parse.js';
import { tupleText } from './tuple.js';

/** Python's tuple form as a JS array: `[sign, digits, exponent]` (a list, which Python takes too). */
export type DecimalTupleArray = readonly [
  sign: number | bigint | boolean,
  digits: readonly (number | bigint | boolean)[],
  exponent: number | bigint | 'n' | 'N' | 'F',
];

/** What `new Decimal(x)` takes. */
export type DecimalInput = string | number | bigint | boolean | PyFloat | Decimal | DecimalTupleArray;

/** What a Decimal compares with: Python's Decimal, int (number, bigint, boolean) and float. */
export type DecimalComparable = Decimal | number | bigint | boolean | PyFloat;

/**
 * Python's `decimal.Decimal`: an exact decimal number, or an infinity or NaN, with CPython's
 * texts. Immutable. Arithmetic is not provided: this is Python's value as it comes and goes in
 * JSON (`loads(text, { parseFloat: (s) => new Decimal(s) })`, `dumps(v, { default: str })`).
 *
 * `new Decimal(x)` takes what Python's `Decimal(x)` takes, as pyjson maps the JS value:
 * - a string, in every form CPython accepts: whitespace around it, `_` anywhere, a sign, digits
 *   of any script, an exponent, `Infinity`/`Inf`, `NaN`/`sNaN` with a payload;
 * - an int: a bigint, a boolean, or a safe integer;
 * - a float: any other number (`-0`, `NaN`, `Infinity`, `0.1`) or `float(x)`, read as its exact
 *   binary value, as Python's `Decimal(float)` does: `new Decimal(0.1)` has 55 digits, so
 *   write the text (`new Decimal('0.1')`) for the decimal you mean;
 * - another Decimal; nothing (`Decimal('0')`);
 * - Python's tuple form as an array `[sign, digits, exponent]` (Python takes a list too).
 *
 * In JS: `String(d)` and template literals give `str(d)`; `+` with a string concatenates it (as
 * for a `Date`); a numeric conversion (`d * 2`, `d < 1`, `Number(d)`) throws a TypeError that
 * points to `toNumber()` / `toBigInt()` and the comparison methods, rather than silently comparing
 * texts or losing digits. `JSON.stringify` writes `str(d)` as a string (pyjson's `dumps`, like
 * Python's `json.dumps`, refuses a Decimal unless `default` converts it). Node's `console.log`
 * shows the repr.
 *
 * Exponents: CPython's own range on 64-bit platforms, from about -2e18 to 1e18; outside it the
 * constructor throws `InvalidOperation`, as CPython does (32-bit builds such as pyodide stop
 * sooner, at 425000000 and -849999999).
 *
 * @throws {InvalidOperation} for text CPython refuses (`[<class 'decimal.ConversionSyntax'>]`)
 *   or a value out of the exponent range (`[<class 'decimal.InvalidOperation'>]`)
 * @throws {TypeError} for a value of another type (`conversion from dict to Decimal is not
 *   supported`); {ValueError} or {OverflowError} for a malformed tuple, with CPython's texts
 * @example
 * String(new Decimal('12.50')) // → '12.50'
 * String(new Decimal('0.0000001')) // → '1E-7'
 * String(new Decimal(' 1_000 ')) // → '1000'
 * new Decimal(0.5).toString() // → '0.5'
 * new Decimal([1, [1, 4, 1], -2]).toString() // → '-1.41'
 */
export class Decimal implements PyValue {
  readonly #p: Parts;

  constructor(value?: DecimalInput) {
    this.#p = Decimal.#convert(value === undefined ? 0 : value);
  }

  /**
   * Python's `str(d)`: plain notation for exponents from -6 (adjusted) to 0, else scientific.
   * @example
   * new Decimal('1.2e3').toString() // → '1.2E+3'
   * new Decimal('-0').toString() // → '-0'
   * new Decimal('nan0012').toString() // → 'NaN12'
   */
  toString(): string {
    return sciString(this.#p);
  }

  /**
   * Python's `repr(d)`.
   * @example
   * new Decimal('1e-3')[pyRepr]() // → "Decimal('0.001')"
   */
  [pyRepr](): string {
    return `Decimal('${sciString(this.#p)}')`;
  }

  /** `str(d)`, for `JSON.stringify`. */
  toJSON(): string {
    return sciString(this.#p);
  }

  /**
   * `str(d)` for string and default conversions; a TypeError for numeric ones.
   * @throws {TypeError} when JS wants a number (`d * 2`, `d < 1`, `+d`)
   * @example
   * `${new Decimal('1E+2')}` // → '1E+2'
   */
  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'number') throw new TypeError(Messages.implicitNumber);
    return sciString(this.#p);
  }

  /** Node's `util.inspect` (and `console.log`) shows the repr. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this[pyRepr]();
  }

  /** Python's `is_nan()`: a quiet or signaling NaN. */
  isNaN(): boolean {
    return isNaNParts(this.#p);
  }

  /** Python's `is_snan()`. */
  isSNaN(): boolean {
    return this.#p.kind === 'N';
  }

  /** Python's `is_qnan()`. */
  isQNaN(): boolean {
    return this.#p.kind === 'n';
  }

  /** Python's `is_finite()`: neither infinite nor a NaN. */
  isFinite(): boolean {
    return this.#p.kind === 'finite';
  }

  /** Python's `is_infinite()`. */
  isInfinite(): boolean {
    return this.#p.kind === 'F';
  }

  /**
   * Python's `is_signed()`: the sign is negative, also for `-0` and `-NaN`.
   * @example
   * new Decimal('-0').isSigned() // → true
   */
  isSigned(): boolean {
    return this.#p.sign === 1;
  }

  /** Python's `is_zero()`: a finite zero of any sign and exponent. */
  isZero(): boolean {
    return isZero(this.#p);
  }

  /**
   * Python's `as_tuple()`: sign, digits, and the exponent (or `'n'`, `'N'`, `'F'`).
   * @example
   * new Decimal('-12.50').asTuple() // → { sign: 1, digits: [1, 2, 5, 0], exponent: -2 }
   */
  asTuple(): DecimalTuple {
    return asTuple(this.#p);
  }

  /**
   * Python's `float(d)`: the nearest double (correctly rounded); NaN for a quiet NaN.
   * @throws {ValueError} for a signaling NaN (`cannot convert signaling NaN to float`)
   * @example
   * new Decimal('0.1000000000000000055511151231257827').toNumber() // → 0.1
   */
  toNumber(): number {
    const p = this.#p;
    if (p.kind === 'N') throw new ValueError(Messages.signalingNanToFloat);
    return p.kind === 'n' ? NaN : Number(sciString(p));
  }

  /**
   * Python's `int(d)`: truncated toward zero.
   * @throws {ValueError} for a NaN (`cannot convert NaN to integer`)
   * @throws {OverflowError} for an infinity (`cannot convert Infinity to integer`)
   * @throws {RangeError} when the integer is beyond the engine's bigint size
   * @example
   * new Decimal('-12.9').toBigInt() // → -12n
   */
  toBigInt(): bigint {
    const p = this.#p;
    if (isNaNParts(p)) throw new ValueError(Messages.nanToInteger);
    if (p.kind === 'F') throw new OverflowError(Messages.infinityToInteger);
    const { coeff, exp } = p;
    let n: bigint;
    if (exp >= 0) {
      if (coeff === '0') return 0n;
      // V8 stops at 2^30 bits (323,228,496 digits), but only after minutes of work on 10n ** e.
      if (typeof exp === 'bigint' || coeff.length + exp > 323_228_496) throw new RangeError(Messages.bigintTooLarge);
      n = BigInt(coeff) * 10n ** BigInt(exp);
    } else {
      const keep = typeof exp === 'bigint' ? 0 : coeff.length + exp;
      n = keep > 0 ? BigInt(coeff.slice(0, keep)) : 0n;
    }
    return p.sign ? -n : n;
  }

  /**
   * Python's `d == o`: exact, also against a float's binary value; a quiet NaN equals nothing;
   * `false` for a value Python's Decimal does not compare with (a string, a list...).
   * @throws {InvalidOperation} when either side is a signaling NaN, as in Python
   * @example
   * new Decimal('1.50').equals(1.5) // → true
   * new Decimal('0.1').equals(0.1) // → false
   * new Decimal('NaN').equals(new Decimal('NaN')) // → false
   */
  equals(o: unknown): boolean {
    const b = Decimal.#numeric(o);
    return b !== undefined && equalValues(this.#p, b);
  }

  /**
   * Python's `d < o`.
   * @throws {InvalidOperation} when either side is a NaN
   * @throws {TypeError} for a value Python's Decimal does not compare with
   * @example
   * new Decimal('0.1').lt(0.1) // → true
   */
  lt(o: DecimalComparable): boolean {
    return this.#order(o, '<') < 0;
  }

  /** Python's `d <= o` (throws as `lt` does). */
  le(o: DecimalComparable): boolean {
    return this.#order(o, '<=') <= 0;
  }

  /** Python's `d > o` (throws as `lt` does). */
  gt(o: DecimalComparable): boolean {
    return this.#order(o, '>') > 0;
  }

  /** Python's `d >= o` (throws as `lt` does). */
  ge(o: DecimalComparable): boolean {
    return this.#order(o, '>=') >= 0;
  }

  /**
   * -1, 0 or 1 as `a` is less than, equal to or greater than `b`, by Python's `<`: a comparator
   * for `Array.prototype.sort` that orders Decimals, ints and floats together as `sorted()` does.
   * @throws {InvalidOperation} for a NaN; {TypeError} for a value that does not compare
   * @example
   * [new Decimal('2'), 1, new Decimal('0.5')].sort(Decimal.compare).map(String) // → ['0.5', '1', '2']
   */
  static compare(a: DecimalComparable, b: DecimalComparable): -1 | 0 | 1 {
    const pa = Decimal.#numeric(a);
    const pb = Decimal.#numeric(b);
    if (pa === undefined || pb === undefined) {
      throw new TypeError(Messages.notSupportedBetween('<', typeName(a), typeName(b)));
    }
    return orderValues(pa, pb);
  }

  /** The value `new Decimal(v)` stands for. */
  static #convert(v: unknown): Parts {
    if (typeof v === 'string') return parseDecimalText(v);
    if (Array.isArray(v)) return parseDecimalText(tupleText(v));
    const p = Decimal.#numeric(v);
    if (p === undefined) throw new TypeError(Messages.conversionNotSupported(typeName(v)));
    return p;
  }

  /** The value of a Decimal, an int or a float, or `undefined` for a type Python's Decimal does not compare with. */
  static #numeric(o: unknown): Parts | undefined {
    return o instanceof Decimal ? o.#p : partsOfNumber(o);
  }

  /** Python's ordering of this and `o` (`op` names the operator in the TypeError). */
  #order(o: unknown, op: string): number {
    const b = Decimal.#numeric(o);
    if (b === undefined) throw new TypeError(Messages.notSupportedBetween(op, 'decimal.Decimal', typeName(o)));
    return orderValues(this.#p, b);
  }
}

namePythonType(Decimal, 'decimal.Decimal');
