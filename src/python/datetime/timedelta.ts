/**
 * `datetime.timedelta`: a duration as (days, seconds, microseconds), normalised as Python
 * normalises it, with the C module's rounding of float arguments.
 * @module
 */
import { OverflowError, ValueError } from '../errors.js';
import { namePythonType, pyRepr } from '../protocol.js';
import { PyFloat } from '../../float.js';
import { checkKeywords, isFloat, isInt, isKeywords, typeName } from './args.js';
import { pad } from './format.js';
import { binaryTypeError, compareTypeError } from './messages.js';

const MAX_DELTA_DAYS = 999999999;
const US_PER_SECOND = 1000000n;
const SECONDS_PER_DAY = 86400n;

/** The keyword names of `timedelta()`, in positional order. */
const NAMES = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'] as const;
/** Microseconds per unit of each argument. */
const FACTORS: Record<(typeof NAMES)[number], bigint> = {
  days: 86400000000n,
  seconds: 1000000n,
  microseconds: 1n,
  milliseconds: 1000n,
  minutes: 60000000n,
  hours: 3600000000n,
  weeks: 604800000000n,
};
/** The order in which CPython folds the arguments into the total (it matters for errors). */
const ACCUMULATION_ORDER = ['microseconds', 'milliseconds', 'seconds', 'minutes', 'hours', 'days', 'weeks'] as const;

/** The keyword arguments of `timedelta`, each an int or a float. */
export interface TimedeltaArgs {
  days?: number | bigint | PyFloat;
  seconds?: number | bigint | PyFloat;
  microseconds?: number | bigint | PyFloat;
  milliseconds?: number | bigint | PyFloat;
  minutes?: number | bigint | PyFloat;
  hours?: number | bigint | PyFloat;
  weeks?: number | bigint | PyFloat;
}

/** C's `round()`: halves away from zero. */
function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

function floatToBigInt(x: number): bigint {
  if (x !== x) throw new ValueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw new OverflowError('cannot convert float infinity to integer');
  return BigInt(x);
}

/** Floor division and remainder of bigints (Python's divmod). */
export function divmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The double nearest to n / d (ties to even), as Python's int / int gives it. */
export function divideToDouble(n: bigint, d: bigint): number {
  if (n < 0n) return -divideToDouble(-n, d);
  if (n === 0n) return 0;
  // Scale so the quotient has 55-56 bits, then round to 53 with the remainder as a sticky bit.
  const shift = 55 - (bitLength(n) - bitLength(d));
  let q: bigint;
  let r: bigint;
  if (shift >= 0) [q, r] = [(n << BigInt(shift)) / d, (n << BigInt(shift)) % d];
  else [q, r] = [n / (d << BigInt(-shift)), n % (d << BigInt(-shift))];
  const extra = bitLength(q) - 53;
  let m = q >> BigInt(extra);
  const rest = q & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  if (rest > half || (rest === half && (r !== 0n || (m & 1n) === 1n))) m += 1n;
  return Number(m) * 2 ** (extra - shift);
}

function checkDays(days: number): void {
  if (days < -MAX_DELTA_DAYS || days > MAX_DELTA_DAYS) {
    throw new OverflowError(`days=${days}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  }
}

/** Builds a timedelta from already-integral parts, normalising them (CPython's new_delta). */
export function makeDelta(days: number, seconds: number, microseconds: number): timedelta {
  let s = seconds + Math.floor(microseconds / 1000000);
  const us = microseconds - Math.floor(microseconds / 1000000) * 1000000;
  const d = days + Math.floor(s / 86400);
  s -= Math.floor(s / 86400) * 86400;
  checkDays(d);
  const td = Object.create(timedelta.prototype) as timedelta;
  (td as { days: number }).days = d;
  (td as { seconds: number }).seconds = s;
  (td as { microseconds: number }).microseconds = us;
  return Object.freeze(td);
}

/**
 * A timedelta from a count of microseconds.
 * @throws {OverflowError} when the days do not fit (`days=1000000000; must have magnitude <= 999999999`)
 */
export function deltaFromMicroseconds(total: bigint): timedelta {
  const [secs, us] = divmod(total, US_PER_SECOND);
  const [days, s] = divmod(secs, SECONDS_PER_DAY);
  if (days < -(2n ** 31n) || days >= 2n ** 31n) throw new OverflowError('Python int too large to convert to C int');
  return makeDelta(Number(days), Number(s), Number(us));
}

/**
 * Python's `datetime.timedelta`. Arguments are Python's, positional
 * (`days, seconds, microseconds, milliseconds, minutes, hours, weeks`) or as one object of
 * keywords; each is an int (safe integer, bigint) or a float (any other number, `float(x)`).
 * Float parts are rounded to the microsecond half-to-even, as CPython's C module does.
 *
 * @throws {OverflowError} `days=1000000000; must have magnitude <= 999999999`
 * @throws {TypeError} `unsupported type for timedelta days component: str`
 * @example
 * String(new timedelta({ hours: -1 })) // '-1 day, 23:00:00'
 * @example
 * repr(new timedelta(0, 0, 1.5)) // 'datetime.timedelta(microseconds=2)'
 * @example
 * new timedelta({ weeks: 1, milliseconds: 1 }).total_seconds() // → 604800.001
 */
export class timedelta {
  /** Days, between -999999999 and 999999999. */
  declare readonly days: number;
  /** Seconds, 0 to 86399. */
  declare readonly seconds: number;
  /** Microseconds, 0 to 999999. */
  declare readonly microseconds: number;

  /** The most negative timedelta, `timedelta(-999999999)`. */
  static readonly min: timedelta;
  /** The largest timedelta, `timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)`. */
  static readonly max: timedelta;
  /** The smallest positive difference, one microsecond. */
  static readonly resolution: timedelta;

  constructor(args?: TimedeltaArgs);
  constructor(
    days?: number | bigint | PyFloat,
    seconds?: number | bigint | PyFloat,
    microseconds?: number | bigint | PyFloat,
    milliseconds?: number | bigint | PyFloat,
    minutes?: number | bigint | PyFloat,
    hours?: number | bigint | PyFloat,
    weeks?: number | bigint | PyFloat,
  );
  constructor(...args: unknown[]) {
    const given: Partial<Record<(typeof NAMES)[number], unknown>> = {};
    if (args.length === 1 && isKeywords(args[0])) {
      checkKeywords(args[0], NAMES, '__new__');
      Object.assign(given, args[0]);
    } else {
      if (args.length > 7) throw new TypeError(`__new__() takes at most 7 arguments (${args.length} given)`);
      args.forEach((v, i) => (given[NAMES[i]!] = v));
    }
    let total = 0n;
    let leftover = 0;
    for (const name of ACCUMULATION_ORDER) {
      const v = given[name];
      if (v === undefined) continue;
      const factor = FACTORS[name];
      if (isInt(v)) {
        total += (typeof v === 'bigint' ? v : BigInt(Number(v))) * factor;
      } else if (isFloat(v)) {
        // Exact for the integral part; the fraction times the factor goes through a double, its
        // whole microseconds into the total and what is left into one rounding at the end.
        const x = Number(v);
        const whole = Math.trunc(x);
        total += floatToBigInt(whole) * factor;
        const frac = x - whole;
        if (frac !== 0) {
          const us = Number(factor) * frac;
          const usWhole = Math.trunc(us);
          total += BigInt(usWhole);
          leftover += us - usWhole;
        }
      } else {
        throw new TypeError(`unsupported type for timedelta ${name} component: ${typeName(v)}`);
      }
    }
    if (leftover !== 0) {
      let whole = roundHalfAway(leftover);
      if (Math.abs(whole - leftover) === 0.5) {
        const odd = Number(total & 1n);
        whole = 2 * roundHalfAway((leftover + odd) * 0.5) - odd;
      }
      total += BigInt(whole);
    }
    return deltaFromMicroseconds(total);
  }

  /**
   * The duration in seconds, Python's float: the total microseconds / 10**6, correctly rounded.
   * @example
   * new timedelta({ days: -1 }).total_seconds() // → -86400
   */
  total_seconds(): number {
    return divideToDouble(totalMicroseconds(this), US_PER_SECOND);
  }

  /** `self + other` (a timedelta). */
  add(other: timedelta): timedelta {
    if (!(other instanceof timedelta)) throw binaryTypeError('+', this, other);
    return makeDelta(this.days + other.days, this.seconds + other.seconds, this.microseconds + other.microseconds);
  }

  /** `self - other` (a timedelta). */
  sub(other: timedelta): timedelta {
    if (!(other instanceof timedelta)) throw binaryTypeError('-', this, other);
    return makeDelta(this.days - other.days, this.seconds - other.seconds, this.microseconds - other.microseconds);
  }

  /** `-self`. @throws {OverflowError} for `-timedelta.max` */
  neg(): timedelta {
    return makeDelta(-this.days, -this.seconds, -this.microseconds);
  }

  /** `abs(self)`. */
  abs(): timedelta {
    return this.days < 0 ? this.neg() : this;
  }

  /** `self == other`: false for anything but an equal timedelta. */
  equals(other: unknown): boolean {
    return other instanceof timedelta && cmpDelta(this, other) === 0;
  }

  /** -1, 0 or 1 as `self` is shorter, equal or longer; TypeError (as `<`) for a non-timedelta. */
  compare(other: timedelta): -1 | 0 | 1 {
    return order(this, '<', other);
  }
  lt(other: timedelta): boolean {
    return order(this, '<', other) < 0;
  }
  le(other: timedelta): boolean {
    return order(this, '<=', other) <= 0;
  }
  gt(other: timedelta): boolean {
    return order(this, '>', other) > 0;
  }
  ge(other: timedelta): boolean {
    return order(this, '>=', other) >= 0;
  }

  /** Python's `repr()`: `datetime.timedelta(days=-1, seconds=86399)`, `datetime.timedelta(0)`. */
  [pyRepr](): string {
    const parts: string[] = [];
    if (this.days) parts.push(`days=${this.days}`);
    if (this.seconds) parts.push(`seconds=${this.seconds}`);
    if (this.microseconds) parts.push(`microseconds=${this.microseconds}`);
    return `datetime.timedelta(${parts.join(', ') || '0'})`;
  }

  /** Python's `str()`: `-1 day, 23:59:59.999999`, `0:00:00`. */
  toString(): string {
    const h = Math.floor(this.seconds / 3600);
    const m = Math.floor(this.seconds / 60) % 60;
    const s = this.seconds % 60;
    let out = `${h}:${pad(m, 2)}:${pad(s, 2)}`;
    if (this.microseconds) out += '.' + pad(this.microseconds, 6);
    if (this.days) out = `${this.days} day${Math.abs(this.days) === 1 ? '' : 's'}, ${out}`;
    return out;
  }
}

/** The duration in microseconds. */
export function totalMicroseconds(td: timedelta): bigint {
  return (BigInt(td.days) * SECONDS_PER_DAY + BigInt(td.seconds)) * US_PER_SECOND + BigInt(td.microseconds);
}

function order(self: timedelta, op: string, other: unknown): -1 | 0 | 1 {
  if (!(other instanceof timedelta)) throw compareTypeError(op, self, other);
  return cmpDelta(self, other);
}

function cmpDelta(a: timedelta, b: timedelta): -1 | 0 | 1 {
  const d = a.days - b.days || a.seconds - b.seconds || a.microseconds - b.microseconds;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

namePythonType(timedelta, 'datetime.timedelta');
Object.assign(timedelta, {
  min: makeDelta(-MAX_DELTA_DAYS, 0, 0),
  max: makeDelta(MAX_DELTA_DAYS, 86399, 999999),
  resolution: makeDelta(0, 0, 1),
});
