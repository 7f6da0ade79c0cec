/**
 * `datetime.timezone`: a fixed offset from UTC, with an optional name. The only tzinfo there
 * is here: JavaScript has no zoneinfo database to build Python's other tzinfo classes on.
 * @module
 */
import { ValueError } from '../errors.js';
import { pyStrRepr } from '../../float.js';
import { namePythonType, pyRepr } from '../protocol.js';
import { argTypeName } from './args.js';
import { formatOffset } from './format.js';
import { makeDelta, timedelta } from './timedelta.js';

let utc: timezone | undefined;

/**
 * Python's `datetime.timezone(offset, name=None)`: an offset strictly between -24 and +24 hours.
 * `new timezone(new timedelta(0))` is `timezone.utc` itself, as in Python.
 *
 * @throws {TypeError} `timezone() argument 1 must be datetime.timedelta, not int`
 * @throws {ValueError} for an offset of 24 hours or more
 * @example
 * String(new timezone(new timedelta({ hours: -5 }))) // 'UTC-05:00'
 * @example
 * repr(new timezone(new timedelta({ hours: 1 }), 'CET')) // "datetime.timezone(datetime.timedelta(seconds=3600), 'CET')"
 */
export class timezone {
  /** The offset from UTC (positive east of UTC). */
  declare readonly offset: timedelta;
  /** The name given to the constructor, or null. */
  declare readonly name: string | null;

  /** `timezone.utc`, the UTC timezone. */
  static readonly utc: timezone;

  constructor(offset: timedelta, name?: string) {
    if (!(offset instanceof timedelta)) {
      throw new TypeError(`timezone() argument 1 must be datetime.timedelta, not ${argTypeName(offset)}`);
    }
    if (name !== undefined && typeof name !== 'string') {
      throw new TypeError(`timezone() argument 2 must be str, not ${argTypeName(name)}`);
    }
    if (name === undefined && utc && offset.days === 0 && offset.seconds === 0 && offset.microseconds === 0) return utc;
    if (offset.days < -1 || offset.days >= 1 || (offset.days === -1 && offset.seconds === 0 && offset.microseconds === 0)) {
      throw new ValueError(
        'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), ' +
          `not ${offset[pyRepr]()}`,
      );
    }
    this.offset = offset;
    this.name = name ?? null;
    Object.freeze(this);
  }

  /** The offset; the argument (a datetime or null in Python) is ignored. */
  utcoffset(_dt?: unknown): timedelta {
    return this.offset;
  }

  /** The name, or `UTC`, `UTC+01:00`, `UTC-00:59:59.999995` when none was given. */
  tzname(_dt?: unknown): string {
    if (this.name !== null) return this.name;
    const o = this.offset;
    if (o.days === 0 && o.seconds === 0 && o.microseconds === 0) return 'UTC';
    return 'UTC' + formatOffset(o);
  }

  /** A fixed offset has no daylight saving time: null (Python's None). */
  dst(_dt?: unknown): null {
    return null;
  }

  /** Equal offsets are equal timezones, whatever their names. */
  equals(other: unknown): boolean {
    return other instanceof timezone && this.offset.equals(other.offset);
  }

  /** Python's `repr()`: `datetime.timezone.utc`, `datetime.timezone(datetime.timedelta(seconds=3600))`. */
  [pyRepr](): string {
    if (this === utc) return 'datetime.timezone.utc';
    const name = this.name === null ? '' : ', ' + pyStrRepr(this.name);
    return `datetime.timezone(${this.offset[pyRepr]()}${name})`;
  }

  /** Python's `str()`: the same as `tzname()`. */
  toString(): string {
    return this.tzname();
  }
}

/** The timezone of an offset parsed from ISO text, [seconds, microseconds]: UTC when its whole seconds are 0, as CPython does. */
export function isoTimezone(tz: [number, number] | null): timezone | null {
  if (!tz) return null;
  if (tz[0] === 0) return timezone.utc;
  return new timezone(makeDelta(0, tz[0], tz[1]));
}

namePythonType(timezone, 'datetime.timezone');
utc = new timezone(new timedelta(0));
Object.assign(timezone, { utc });
