/**
 * The range checks of the date and time constructors, with CPython 3.14's texts.
 * @module
 */
import { ValueError } from '../errors.js';
import { MAXYEAR, MINYEAR, daysInMonth } from './calendar.js';
import { timezone } from './timezone.js';
import { typeName } from './args.js';

/** @throws {ValueError} `month must be in 1..12, not 13`, `day 30 must be in range 1..29 for month 2 in year 2024` */
export function checkDate(year: number, month: number, day: number): void {
  if (year < MINYEAR || year > MAXYEAR) throw new ValueError(`year must be in ${MINYEAR}..${MAXYEAR}, not ${year}`);
  if (month < 1 || month > 12) throw new ValueError(`month must be in 1..12, not ${month}`);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) throw new ValueError(`day ${day} must be in range 1..${dim} for month ${month} in year ${year}`);
}

/** @throws {ValueError} `hour must be in 0..23, not 24`, ..., `fold must be either 0 or 1, not 2` */
export function checkTime(hour: number, minute: number, second: number, microsecond: number, fold: number): void {
  if (hour < 0 || hour > 23) throw new ValueError(`hour must be in 0..23, not ${hour}`);
  if (minute < 0 || minute > 59) throw new ValueError(`minute must be in 0..59, not ${minute}`);
  if (second < 0 || second > 59) throw new ValueError(`second must be in 0..59, not ${second}`);
  if (microsecond < 0 || microsecond > 999999) throw new ValueError(`microsecond must be in 0..999999, not ${microsecond}`);
  if (fold !== 0 && fold !== 1) throw new ValueError(`fold must be either 0 or 1, not ${fold}`);
}

/**
 * A tzinfo argument: a `timezone`, or null/undefined for a naive value.
 * @throws {TypeError} `tzinfo argument must be None or of a tzinfo subclass, not type 'int'`
 */
export function checkTzinfo(tz: unknown): timezone | null {
  if (tz === null || tz === undefined) return null;
  if (tz instanceof timezone) return tz;
  throw new TypeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeName(tz)}'`);
}
