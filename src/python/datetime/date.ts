/**
 * `datetime.date`: a day of the proleptic Gregorian calendar, years 1 to 9999.
 * @module
 */
import { OverflowError, ValueError } from '../errors.js';
import { namePythonType, pyRepr } from '../protocol.js';
import { cInt, replaceArgs, requiredInt } from './args.js';
import { isoWeek1Monday, normalizeDate, ordToYmd, weekdayOf, ymdToOrd } from './calendar.js';
import { checkDate } from './checks.js';
import { pad } from './format.js';
import { isoDate, readIso } from './isoparse.js';
import { binaryTypeError, compareTypeError } from './messages.js';
import { makeDelta, timedelta } from './timedelta.js';

/** The fields `date.replace()` takes. */
export interface DateFields {
  year?: number | bigint;
  month?: number | bigint;
  day?: number | bigint;
}

/** Whether a value is a date and not a datetime (Python's `type(x) is date`). */
export function isPlainDate(x: unknown): x is date {
  return x instanceof date && (x as unknown as { __pytype__: string[] }).__pytype__[0] === 'datetime.date';
}

/**
 * Python's `datetime.date(year, month, day)`. Immutable; `String(d)` is `d.isoformat()`.
 *
 * @throws {ValueError} for a field out of range (`month must be in 1..12, not 13`)
 * @throws {TypeError} for a field that is not an int (`'float' object cannot be interpreted as an integer`)
 * @example
 * String(new date(2024, 1, 2)) // '2024-01-02'
 * @example
 * repr(date.fromisoformat('2024-W01-2')) // 'datetime.date(2024, 1, 2)'
 */
export class date {
  declare readonly year: number;
  declare readonly month: number;
  declare readonly day: number;

  /** The earliest date, `date(1, 1, 1)`. */
  static readonly min: date;
  /** The latest date, `date(9999, 12, 31)`. */
  static readonly max: date;
  /** The smallest difference of two dates, one day. */
  static readonly resolution: timedelta;

  constructor(year: number | bigint, month: number | bigint, day: number | bigint) {
    const y = requiredInt(year, 'year', 1);
    const m = requiredInt(month, 'month', 2);
    const d = requiredInt(day, 'day', 3);
    checkDate(y, m, d);
    this.year = y;
    this.month = m;
    this.day = d;
    if (new.target === date) Object.freeze(this);
  }

  /**
   * The date of an ISO 8601 text as Python 3.14 reads it: `YYYY-MM-DD`, `YYYYMMDD`,
   * `YYYY-Www[-D]`, `YYYYWww[D]`.
   * @throws {ValueError} `Invalid isoformat string: '...'`
   * @example
   * String(date.fromisoformat('20240102')) // '2024-01-02'
   */
  static fromisoformat(s: string): date {
    return new date(...readIso(s, isoDate));
  }

  /**
   * The date of a proleptic Gregorian ordinal (0001-01-01 is 1); on `datetime`, that day at midnight.
   * @throws {ValueError} `ordinal must be >= 1`
   */
  static fromordinal<T extends date>(this: new (y: number, m: number, d: number) => T, n: number | bigint): T {
    const o = cInt(n);
    if (o < 1) throw new ValueError('ordinal must be >= 1');
    return new this(...ordToYmd(o));
  }

  /** Today's date in the local time zone. */
  static today(): date {
    const now = new Date();
    return new date(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }

  /** The proleptic Gregorian ordinal: `date(1, 1, 1).toordinal()` is 1. */
  toordinal(): number {
    return ymdToOrd(this.year, this.month, this.day);
  }

  /** Monday is 0, Sunday 6. */
  weekday(): number {
    return weekdayOf(this.year, this.month, this.day);
  }

  /** Monday is 1, Sunday 7. */
  isoweekday(): number {
    return this.weekday() + 1;
  }

  /** [ISO year, ISO week, ISO weekday], Python's `isocalendar()` as an array. */
  isocalendar(): [year: number, week: number, weekday: number] {
    let year = this.year;
    const ord = this.toordinal();
    let week1 = isoWeek1Monday(year);
    if (ord < week1) week1 = isoWeek1Monday(--year);
    else if (year < 9999 && ord >= isoWeek1Monday(year + 1)) week1 = isoWeek1Monday(++year);
    return [year, Math.floor((ord - week1) / 7) + 1, ((ord - week1) % 7) + 1];
  }

  /** `YYYY-MM-DD`. */
  isoformat(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  /**
   * A copy with some fields changed, Python's `replace(year=..., ...)`.
   * @throws {TypeError} `replace() got an unexpected keyword argument 'hour'`
   */
  replace(fields: DateFields): date {
    return new date(...(replaceArgs(this, fields, ['year', 'month', 'day']) as [number, number, number]));
  }

  /**
   * `self + delta`: the date `delta.days` later (the seconds of `delta` are ignored, as in Python).
   * @throws {OverflowError} `date value out of range`
   */
  add(delta: timedelta): date {
    if (!(delta instanceof timedelta)) throw binaryTypeError('+', this, delta);
    return shiftDate(this, delta.days);
  }

  /** `self - other`: a date minus a timedelta is a date, minus a date a timedelta. */
  sub(other: timedelta): date;
  sub(other: date): timedelta;
  sub(other: date | timedelta): date | timedelta {
    if (other instanceof timedelta) return shiftDate(this, -other.days);
    if (isPlainDate(other)) return makeDelta(this.toordinal() - other.toordinal(), 0, 0);
    throw binaryTypeError('-', this, other);
  }

  /** `self == other`: false for a datetime or anything but an equal date, as in Python. */
  equals(other: unknown): boolean {
    return isPlainDate(other) && this.toordinal() === other.toordinal();
  }

  /** -1, 0 or 1; a TypeError as Python's `<` raises for a datetime or a non-date. */
  compare(other: date): -1 | 0 | 1 {
    return orderDates('<', this, other);
  }
  lt(other: date): boolean {
    return orderDates('<', this, other) < 0;
  }
  le(other: date): boolean {
    return orderDates('<=', this, other) <= 0;
  }
  gt(other: date): boolean {
    return orderDates('>', this, other) > 0;
  }
  ge(other: date): boolean {
    return orderDates('>=', this, other) >= 0;
  }

  /** Python's `repr()`: `datetime.date(2024, 1, 2)`. */
  [pyRepr](): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }

  /** Python's `str()`: the ISO format. */
  toString(): string {
    return this.isoformat();
  }

  /** `JSON.stringify` writes the ISO format (`isoformat()`), as FastAPI's encoder does. */
  toJSON(): string {
    return this.isoformat();
  }
}

function orderDates(op: string, a: date, b: unknown): -1 | 0 | 1 {
  if (!isPlainDate(b)) throw compareTypeError(op, a, b);
  const d = a.toordinal() - b.toordinal();
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

function shiftDate(d: date, days: number): date {
  const ymd = normalizeDate(d.year, d.month, d.day + days);
  if (!ymd) throw new OverflowError('date value out of range');
  return new date(...ymd);
}

namePythonType(date, 'datetime.date');
Object.assign(date, { min: new date(1, 1, 1), max: new date(9999, 12, 31), resolution: makeDelta(1, 0, 0) });
