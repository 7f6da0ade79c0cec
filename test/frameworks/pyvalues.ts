/**
 * Random Python values for the profiles' differential tests: Decimals (random digits and
 * exponents, -0, NaN, sNaN, infinities), naive and aware datetimes and times (zero and non-zero
 * microseconds, UTC and odd offsets, years at the ends of the range), dates, timedeltas
 * (negative, tiny, huge, the extremes) and UUIDs.
 */
import { date, datetime, Decimal, time, timedelta, timezone, UUID } from '../../src/python/index.js';
import { Rand } from '../support/oracle.js';
import type { Maker } from './random.js';

export function randDecimal(r: Rand): Decimal {
  if (r.chance(0.1)) return new Decimal(r.pick(['NaN', '-NaN', 'sNaN', 'Infinity', '-Infinity', '-0', '0E-5', '1E+3', '12.50', '0.0000001', '-0.00', '1E+2']));
  const digits = r.digits(r.range(1, r.chance(0.2) ? 30 : 6), r.chance(0.8));
  const exp = r.chance(0.5) ? r.range(-4, 2) : r.range(-30, 30);
  return new Decimal(`${r.chance(0.3) ? '-' : ''}${digits}E${exp}`);
}

export function randTz(r: Rand): timezone | null {
  switch (r.int(5)) {
    case 0:
    case 1:
      return null;
    case 2:
      return timezone.utc;
    case 3:
      return new timezone(new timedelta({ minutes: r.range(-23 * 60 - 59, 23 * 60 + 59) }));
    default:
      return new timezone(new timedelta({ seconds: r.range(-86399, 86399), microseconds: r.chance(0.3) ? r.int(1000000) : 0 }));
  }
}

function microsecond(r: Rand): number {
  return r.pick([0, 0, r.int(1000000), r.int(1000) * 1000, 999999, 1000]);
}

function year(r: Rand): number {
  return r.chance(0.1) ? r.pick([1, 2, 9998, 9999]) : r.range(1900, 2100);
}

export function randDatetime(r: Rand): datetime {
  return new datetime(year(r), r.range(1, 12), r.range(1, 28), r.int(24), r.int(60), r.int(60), microsecond(r), randTz(r));
}

export function randDate(r: Rand): date {
  return new date(year(r), r.range(1, 12), r.range(1, 28));
}

export function randTime(r: Rand): time {
  return new time(r.int(24), r.int(60), r.int(60), microsecond(r), randTz(r));
}

export function randTimedelta(r: Rand): timedelta {
  if (r.chance(0.05)) return r.pick([timedelta.min, timedelta.max, timedelta.resolution, new timedelta(0)]);
  const days = r.chance(0.5) ? r.range(-3, 3) : r.range(-999999, 999999);
  return new timedelta({ days, seconds: r.range(-86400, 86400), microseconds: r.chance(0.4) ? 0 : r.range(-999999, 999999) });
}

export function randUuid(r: Rand): UUID {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += r.int(16).toString(16);
  return new UUID(hex);
}

/** One maker per Python type. */
export const PYTHON_MAKERS: Maker[] = [randDecimal, randDatetime, randDate, randTime, randTimedelta, randUuid];
