/**
 * `datetime.time`: a time of day, naive or with a fixed UTC offset.
 * @module
 */
import { ValueError } from '../errors.js';
import { namePythonType, pyRepr } from '../protocol.js';
import { optionalInt, replaceArgs, utf8Str } from './args.js';
import { checkTime, checkTzinfo } from './checks.js';
import { formatTime, reprTail, reprTimeArgs, type Timespec } from './format.js';
import { isoTime, readIso } from './isoparse.js';
import { compareTypeError } from './messages.js';
import { makeDelta, type timedelta } from './timedelta.js';
import { isoTimezone, timezone } from './timezone.js';

/** The fields `time.replace()` takes. */
export interface TimeFields {
  hour?: number | bigint;
  minute?: number | bigint;
  second?: number | bigint;
  microsecond?: number | bigint;
  /** A timezone, or null to make the value naive. */
  tzinfo?: timezone | null;
  fold?: 0 | 1;
}

/**
 * Python's `datetime.time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, fold=0)`,
 * positionally. `fold` (0 or 1) shows only in `repr()`: with fixed offsets it changes no result.
 *
 * @throws {ValueError} `hour must be in 0..23, not 24` and the other range errors
 * @example
 * String(new time(3, 4, 5, 6000, timezone.utc)) // '03:04:05.006000+00:00'
 * @example
 * new time(3, 4).isoformat('milliseconds') // '03:04:00.000'
 */
export class time {
  declare readonly hour: number;
  declare readonly minute: number;
  declare readonly second: number;
  declare readonly microsecond: number;
  /** The timezone, or null for a naive time. */
  declare readonly tzinfo: timezone | null;
  /** PEP 495's fold: 0 or 1. */
  declare readonly fold: number;

  /** `time(0, 0)`. */
  static readonly min: time;
  /** `time(23, 59, 59, 999999)`. */
  static readonly max: time;
  /** One microsecond. */
  static readonly resolution: timedelta;

  constructor(
    hour?: number | bigint,
    minute?: number | bigint,
    second?: number | bigint,
    microsecond?: number | bigint,
    tzinfo?: timezone | null,
    fold?: 0 | 1,
  ) {
    const h = optionalInt(hour);
    const m = optionalInt(minute);
    const s = optionalInt(second);
    const us = optionalInt(microsecond);
    const f = optionalInt(fold);
    checkTime(h, m, s, us, f);
    this.tzinfo = checkTzinfo(tzinfo);
    this.hour = h;
    this.minute = m;
    this.second = s;
    this.microsecond = us;
    this.fold = f;
    Object.freeze(this);
  }

  /**
   * A time from ISO 8601 text as Python 3.14 reads it (`HH[:MM[:SS[.f...]]]`, basic format,
   * a leading `T`, `Z` or an offset, hour 24 as midnight).
   * @throws {ValueError} `Invalid isoformat string: '...'`
   * @example
   * repr(time.fromisoformat('T0304Z')) // 'datetime.time(3, 4, tzinfo=datetime.timezone.utc)'
   */
  static fromisoformat(s: string): time {
    const t = readIso(s, isoTime);
    if (t.hour === 24) {
      if (t.minute || t.second || t.microsecond) {
        throw new ValueError('minute, second, and microsecond must be 0 when hour is 24');
      }
      t.hour = 0;
    }
    return new time(t.hour, t.minute, t.second, t.microsecond, isoTimezone(t.tz));
  }

  /**
   * `HH:MM:SS[.ffffff][+HH:MM]`; `timespec` is `auto`, `hours`, `minutes`, `seconds`,
   * `milliseconds` or `microseconds`.
   * @throws {ValueError} `Unknown timespec value`
   */
  isoformat(timespec: Timespec = 'auto'): string {
    return formatTime(this, utf8Str(timespec, 'isoformat', 1));
  }

  /** The offset of the timezone, or null for a naive time. */
  utcoffset(): timedelta | null {
    return this.tzinfo ? this.tzinfo.offset : null;
  }

  /** The name of the timezone, or null for a naive time. */
  tzname(): string | null {
    return this.tzinfo ? this.tzinfo.tzname() : null;
  }

  /** Always null: a fixed offset has no daylight saving time. */
  dst(): null {
    return null;
  }

  /** A copy with some fields changed; `tzinfo: null` makes it naive. */
  replace(fields: TimeFields): time {
    const names = ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'] as const;
    return new time(...(replaceArgs(this, fields, names) as ConstructorParameters<typeof time>));
  }

  /**
   * `self == other`: false for anything but a time; a naive time never equals an aware one.
   * Aware times with different offsets compare their seconds after the offsets' whole seconds
   * are taken away, then their microseconds, as CPython does.
   */
  equals(other: unknown): boolean {
    return other instanceof time && cmpTimes(this, other) === 0;
  }

  /** -1, 0 or 1; TypeError `can't compare offset-naive and offset-aware times`. */
  compare(other: time): -1 | 0 | 1 {
    return orderTimes('<', this, other);
  }
  lt(other: time): boolean {
    return orderTimes('<', this, other) < 0;
  }
  le(other: time): boolean {
    return orderTimes('<=', this, other) <= 0;
  }
  gt(other: time): boolean {
    return orderTimes('>', this, other) > 0;
  }
  ge(other: time): boolean {
    return orderTimes('>=', this, other) >= 0;
  }

  /** Python's `repr()`: `datetime.time(3, 4, tzinfo=datetime.timezone.utc, fold=1)`. */
  [pyRepr](): string {
    return `datetime.time(${reprTimeArgs(this)}${reprTail(this.tzinfo, this.fold, false)})`;
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

/** Comparison of two times, or undefined for naive against aware. */
function cmpTimes(a: time, b: time): -1 | 0 | 1 | undefined {
  const oa = a.tzinfo?.offset;
  const ob = b.tzinfo?.offset;
  let d: number;
  if (oa === ob || (oa && ob && oa.equals(ob))) {
    d = a.hour - b.hour || a.minute - b.minute || a.second - b.second || a.microsecond - b.microsecond;
  } else if (oa && ob) {
    const sa = a.hour * 3600 + a.minute * 60 + a.second - oa.days * 86400 - oa.seconds;
    const sb = b.hour * 3600 + b.minute * 60 + b.second - ob.days * 86400 - ob.seconds;
    d = sa - sb || a.microsecond - b.microsecond;
  } else {
    return undefined;
  }
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

function orderTimes(op: string, a: time, b: unknown): -1 | 0 | 1 {
  if (!(b instanceof time)) throw compareTypeError(op, a, b);
  const c = cmpTimes(a, b);
  if (c === undefined) throw new TypeError("can't compare offset-naive and offset-aware times");
  return c;
}

namePythonType(time, 'datetime.time');
Object.assign(time, { min: new time(0, 0), max: new time(23, 59, 59, 999999), resolution: makeDelta(0, 0, 1) });
