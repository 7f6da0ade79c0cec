/**
 * `datetime.datetime`: a date and a time of day, naive or with a fixed UTC offset.
 * @module
 */
import { OverflowError, ValueError } from '../errors.js';
import { namePythonType, pyRepr } from '../protocol.js';
import { argTypeName, optionalInt, replaceArgs, requiredInt, typeName, utf8Str } from './args.js';
import { EPOCH_ORDINAL, normalizeDate, ordToYmd } from './calendar.js';
import { checkDate, checkTime, checkTzinfo } from './checks.js';
import { date, type DateFields } from './date.js';
import { formatTime, reprTail, reprTimeArgs, type Timespec } from './format.js';
import { isoDatetime, nextDayForHour24, readIso } from './isoparse.js';
import { binaryTypeError, compareTypeError } from './messages.js';
import { time, type TimeFields } from './time.js';
import { deltaFromMicroseconds, divideToDouble, divmod, makeDelta, timedelta, totalMicroseconds } from './timedelta.js';
import { isoTimezone, timezone } from './timezone.js';
import { gmtoff, localOffsetOfWall, localToPosix, posixToLocal } from './localtime.js';

/** The fields `datetime.replace()` takes. */
export interface DatetimeFields extends DateFields, TimeFields {}

const US_PER_DAY = 86400000000n;

/**
 * Python's `datetime.datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0,
 * tzinfo=None, fold=0)`, positionally (`fold` is the ninth argument). A datetime with a
 * `timezone` is aware, without one naive; the two never compare equal and cannot be ordered
 * or subtracted, as in Python. `fold` (PEP 495) matters only where a naive datetime is read as
 * local time (`timestamp()`, `toDate()`, `astimezone()`): it picks between the two readings of a
 * wall-clock time that a change of the clocks repeats or skips. With a fixed offset it changes
 * nothing but `repr()`.
 *
 * @throws {ValueError} for a field out of range (`day 30 must be in range 1..29 for month 2 in year 2024`)
 * @throws {TypeError} for a field that is not an int, or a tzinfo that is not a timezone
 * @example
 * String(new datetime(2024, 1, 2, 3, 4, 5, 123456, timezone.utc)) // '2024-01-02 03:04:05.123456+00:00'
 * @example
 * repr(new datetime(2024, 1, 2, 3, 4)) // 'datetime.datetime(2024, 1, 2, 3, 4)'
 * @example
 * new datetime(2024, 1, 2, 3, 4, 5, 123456).isoformat('T', 'milliseconds') // '2024-01-02T03:04:05.123'
 */
export class datetime extends date {
  declare readonly hour: number;
  declare readonly minute: number;
  declare readonly second: number;
  declare readonly microsecond: number;
  /** The timezone, or null for a naive datetime. */
  declare readonly tzinfo: timezone | null;
  /** PEP 495's fold: 0 or 1. */
  declare readonly fold: number;

  /** `datetime(1, 1, 1)`. */
  static override readonly min: datetime;
  /** `datetime(9999, 12, 31, 23, 59, 59, 999999)`. */
  static override readonly max: datetime;

  constructor(
    year: number | bigint,
    month: number | bigint,
    day: number | bigint,
    hour?: number | bigint,
    minute?: number | bigint,
    second?: number | bigint,
    microsecond?: number | bigint,
    tzinfo?: timezone | null,
    fold?: 0 | 1,
  ) {
    // CPython converts every argument before it checks any range.
    const y = requiredInt(year, 'year', 1);
    const mo = requiredInt(month, 'month', 2);
    const d = requiredInt(day, 'day', 3);
    const h = optionalInt(hour);
    const mi = optionalInt(minute);
    const s = optionalInt(second);
    const us = optionalInt(microsecond);
    const f = optionalInt(fold);
    checkDate(y, mo, d);
    checkTime(h, mi, s, us, f);
    const tz = checkTzinfo(tzinfo);
    super(y, mo, d);
    this.hour = h;
    this.minute = mi;
    this.second = s;
    this.microsecond = us;
    this.tzinfo = tz;
    this.fold = f;
    Object.freeze(this);
  }

  /**
   * A datetime from ISO 8601 text as Python 3.14 reads it: any date `date.fromisoformat` takes,
   * then any one character and a time as `time.fromisoformat` takes it (hour 24 is midnight of
   * the next day).
   * @throws {ValueError} `Invalid isoformat string: '...'`, or a range error
   * @example
   * String(datetime.fromisoformat('2024-01-02T03:04:05.5Z')) // '2024-01-02 03:04:05.500000+00:00'
   */
  static override fromisoformat(s: string): datetime {
    const { date: d, time: t } = readIso(s, isoDatetime);
    if (!t) return new datetime(...d);
    const tz = isoTimezone(t.tz);
    if (!nextDayForHour24(d, t)) throw new ValueError('minute, second, and microsecond must be 0 when hour is 24');
    return new datetime(d[0], d[1], d[2], t.hour, t.minute, t.second, t.microsecond, tz);
  }

  /**
   * The datetime of a JS Date: aware in `tz` (UTC by default), or naive local wall-clock time
   * when `tz` is null (as Python's `datetime.fromtimestamp(t)`). Milliseconds become microseconds.
   * @throws {ValueError} for an invalid Date or one outside years 1..9999
   * @example
   * String(datetime.fromDate(new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)))) // '2024-01-02 03:04:05.006000+00:00'
   */
  static fromDate(d: Date, tz: timezone | null = timezone.utc): datetime {
    if (!(d instanceof Date)) throw new TypeError(`fromDate() argument 1 must be Date, not ${typeName(d)}`);
    const ms = d.getTime();
    if (ms !== ms) throw new ValueError('Invalid value NaN (not a number)');
    const zone = checkTzinfo(tz);
    if (!zone) {
      const secs = Math.floor(ms / 1000);
      const { wall, fold } = posixToLocal(secs);
      return fromEpochMicroseconds(BigInt(wall) * 1000000n + BigInt(ms - secs * 1000) * 1000n, null, fold);
    }
    // As Python's fromtimestamp(t, tz): the UTC datetime, then tz.fromutc() (OverflowError past the range).
    const inUtc = fromEpochMicroseconds(BigInt(ms) * 1000n, null);
    return addDelta(inUtc, zone.offset, 1, zone);
  }

  /** The current time: naive local time, or aware in `tz`. Millisecond precision (JS's clock). */
  static now(tz: timezone | null = null): datetime {
    return datetime.fromDate(new Date(), tz);
  }

  /** The current local time, naive (Python's `datetime.today()`). */
  static override today(): datetime {
    return datetime.now();
  }

  /** The datetime of a date and a time; `tzinfo` (when given) replaces the time's. */
  static combine(d: date, t: time, tzinfo?: timezone | null): datetime {
    if (!(d instanceof date)) throw new TypeError(`combine() argument 1 must be datetime.date, not ${typeName(d)}`);
    if (!(t instanceof time)) throw new TypeError(`combine() argument 2 must be datetime.time, not ${typeName(t)}`);
    const tz = tzinfo === undefined ? t.tzinfo : tzinfo;
    return new datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tz, t.fold as 0 | 1);
  }

  /**
   * `YYYY-MM-DD<sep>HH:MM:SS[.ffffff][+HH:MM[:SS[.ffffff]]]`; `sep` is one character,
   * `timespec` one of `auto`, `hours`, `minutes`, `seconds`, `milliseconds`, `microseconds`.
   * @throws {ValueError} `Unknown timespec value`
   * @throws {TypeError} `isoformat() argument 1 must be a unicode character, not a string of length 2`
   */
  override isoformat(sep = 'T', timespec: Timespec = 'auto'): string {
    if (typeof sep !== 'string') {
      throw new TypeError(`isoformat() argument 1 must be a unicode character, not ${argTypeName(sep)}`);
    }
    const n = [...sep].length;
    if (n !== 1) throw new TypeError(`isoformat() argument 1 must be a unicode character, not a string of length ${n}`);
    const spec = utf8Str(timespec, 'isoformat', 2);
    return `${super.isoformat()}${sep}${formatTime(this, spec)}`;
  }

  /** The timezone's offset, or null for a naive datetime. */
  utcoffset(): timedelta | null {
    return this.tzinfo ? this.tzinfo.offset : null;
  }

  /** The timezone's name, or null for a naive datetime. */
  tzname(): string | null {
    return this.tzinfo ? this.tzinfo.tzname() : null;
  }

  /** Always null: a fixed offset has no daylight saving time. */
  dst(): null {
    return null;
  }

  /** The date part. */
  date(): date {
    return new date(this.year, this.month, this.day);
  }

  /** The time part, naive (fold kept). */
  time(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond, null, this.fold as 0 | 1);
  }

  /** The time part with the timezone. */
  timetz(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond, this.tzinfo, this.fold as 0 | 1);
  }

  /** A copy with some fields changed; `tzinfo: null` makes it naive. */
  override replace(fields: DatetimeFields): datetime {
    const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'] as const;
    return new datetime(...(replaceArgs(this, fields, names) as ConstructorParameters<typeof datetime>));
  }

  /**
   * The same instant in `tz`. A naive datetime is taken as local time (as Python does); without
   * `tz` the result is in the local time zone's offset at that instant, as a fixed-offset timezone.
   * @throws {OverflowError} `date value out of range`
   */
  astimezone(tz?: timezone | null): datetime {
    const zone = checkTzinfo(tz);
    if (zone && this.tzinfo === zone) return this;
    const offset = this.tzinfo ? this.tzinfo.offset : makeDelta(0, localOffsetOfWall(wallOf(this), this.fold), 0);
    const inUtc = addDelta(this, offset, -1, null);
    let target = zone;
    if (!target) {
      // The local offset at the instant's whole second (floored, before 1970 too).
      const u = Number(divmod(epochMicroseconds(inUtc), 1000000n)[0]);
      target = new timezone(makeDelta(0, gmtoff(u), 0));
    }
    return addDelta(inUtc, target.offset, 1, target);
  }

  /**
   * POSIX seconds as Python's float. A naive datetime is local time (Python's rule too).
   * @example
   * new datetime(2024, 1, 2, 3, 4, 5, 500000, timezone.utc).timestamp() // → 1704164645.5
   */
  timestamp(): number {
    if (this.tzinfo) return divideToDouble(utcMicroseconds(this), 1000000n);
    return localToPosix(wallOf(this), this.fold) + this.microsecond / 1e6;
  }

  /**
   * The JS Date of this instant (microseconds truncated to milliseconds). A naive datetime is
   * read as local wall-clock time, as JS's `new Date(y, m - 1, d, ...)` and Python's
   * `timestamp()` read it.
   * @example
   * new datetime(2024, 1, 2, 3, 4, 5, 6999, timezone.utc).toDate().toISOString() // '2024-01-02T03:04:05.006Z'
   */
  toDate(): Date {
    if (!this.tzinfo) return new Date(localToPosix(wallOf(this), this.fold) * 1000 + Math.floor(this.microsecond / 1000));
    return new Date(Number(divmod(utcMicroseconds(this), 1000n)[0]));
  }

  /**
   * `self + delta`, with the same timezone.
   * @throws {OverflowError} `date value out of range`
   */
  override add(delta: timedelta): datetime {
    if (!(delta instanceof timedelta)) throw binaryTypeError('+', this, delta);
    return addDelta(this, delta, 1, this.tzinfo);
  }

  /**
   * `self - other`: minus a timedelta, a datetime; minus a datetime, the timedelta between them
   * (aware datetimes by their UTC instants).
   * @throws {TypeError} `can't subtract offset-naive and offset-aware datetimes`
   */
  override sub(other: timedelta): datetime;
  override sub(other: datetime): timedelta;
  override sub(other: datetime | timedelta): datetime | timedelta {
    if (other instanceof timedelta) return addDelta(this, other, -1, this.tzinfo);
    if (!(other instanceof datetime)) throw binaryTypeError('-', this, other);
    if (!this.tzinfo !== !other.tzinfo) throw new TypeError("can't subtract offset-naive and offset-aware datetimes");
    return deltaFromMicroseconds(utcMicroseconds(this) - utcMicroseconds(other));
  }

  /** `self == other`: false for a date, and for naive against aware, as in Python. */
  override equals(other: unknown): boolean {
    return other instanceof datetime && cmpDatetimes(this, other) === 0;
  }

  /** -1, 0 or 1; TypeError `can't compare offset-naive and offset-aware datetimes`. */
  override compare(other: datetime): -1 | 0 | 1 {
    return orderDatetimes('<', this, other);
  }
  override lt(other: datetime): boolean {
    return orderDatetimes('<', this, other) < 0;
  }
  override le(other: datetime): boolean {
    return orderDatetimes('<=', this, other) <= 0;
  }
  override gt(other: datetime): boolean {
    return orderDatetimes('>', this, other) > 0;
  }
  override ge(other: datetime): boolean {
    return orderDatetimes('>=', this, other) >= 0;
  }

  /** Python's `repr()`: `datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone.utc)`. */
  override [pyRepr](): string {
    const args = `${this.year}, ${this.month}, ${this.day}, ${reprTimeArgs(this)}`;
    return `datetime.datetime(${args}${reprTail(this.tzinfo, this.fold, true)})`;
  }

  /** Python's `str()`: `isoformat(' ')`. */
  override toString(): string {
    return this.isoformat(' ');
  }
}

function secondsOfDay(d: datetime): number {
  return d.hour * 3600 + d.minute * 60 + d.second;
}

/** Microseconds from 1970-01-01 00:00 of the wall-clock fields (the offset not applied). */
function epochMicroseconds(d: datetime): bigint {
  return BigInt(wallOf(d)) * 1000000n + BigInt(d.microsecond);
}

/** Microseconds from 1970-01-01 00:00 UTC of the instant; a naive datetime's wall-clock fields are taken as UTC. */
function utcMicroseconds(d: datetime): bigint {
  const us = epochMicroseconds(d);
  return d.tzinfo ? us - totalMicroseconds(d.tzinfo.offset) : us;
}

/** The datetime whose wall-clock fields are `us` microseconds after 1970-01-01 00:00. */
function fromEpochMicroseconds(us: bigint, tz: timezone | null, fold: 0 | 1 = 0): datetime {
  const [days, rest] = divmod(us, US_PER_DAY);
  const r = Number(rest);
  // Out of range, the year is named by datetime's own check (`year must be in 1..9999, not 10000`).
  return atSecondOfDay(ordToYmd(EPOCH_ORDINAL + Number(days)), Math.floor(r / 1000000), r % 1000000, tz, fold);
}

/** `d ± delta` with `tz` as the result's timezone (CPython's add_datetime_timedelta). */
function addDelta(d: datetime, delta: timedelta, sign: 1 | -1, tz: timezone | null): datetime {
  let us = d.microsecond + sign * delta.microseconds;
  let s = secondsOfDay(d) + sign * delta.seconds + Math.floor(us / 1000000);
  us = ((us % 1000000) + 1000000) % 1000000;
  const days = d.day + sign * delta.days + Math.floor(s / 86400);
  s = ((s % 86400) + 86400) % 86400;
  const ymd = normalizeDate(d.year, d.month, days);
  if (!ymd) throw new OverflowError('date value out of range');
  return atSecondOfDay(ymd, s, us, tz);
}

/** The datetime `s` seconds and `us` microseconds into the day `ymd`. */
function atSecondOfDay(ymd: [number, number, number], s: number, us: number, tz: timezone | null, fold: 0 | 1 = 0): datetime {
  return new datetime(ymd[0], ymd[1], ymd[2], Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60, us, tz, fold);
}

/** The wall-clock seconds of a datetime's fields, counted from 1970-01-01 00:00 (offset not applied). */
function wallOf(d: datetime): number {
  return (d.toordinal() - EPOCH_ORDINAL) * 86400 + secondsOfDay(d);
}

/** Comparison of two datetimes, or undefined for naive against aware. */
function cmpDatetimes(a: datetime, b: datetime): -1 | 0 | 1 | undefined {
  if (!a.tzinfo !== !b.tzinfo) return undefined;
  const diff = utcMicroseconds(a) - utcMicroseconds(b);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

function orderDatetimes(op: string, a: datetime, b: unknown): -1 | 0 | 1 {
  if (!(b instanceof datetime)) throw compareTypeError(op, a, b);
  const c = cmpDatetimes(a, b);
  if (c === undefined) throw new TypeError("can't compare offset-naive and offset-aware datetimes");
  return c;
}

namePythonType(datetime, 'datetime.datetime');
Object.assign(datetime, { min: new datetime(1, 1, 1), max: new datetime(9999, 12, 31, 23, 59, 59, 999999) });
