/**
 * The proleptic Gregorian calendar of Python's `datetime`: ordinals count days from
 * 0001-01-01 (ordinal 1), the same epoch as `date.toordinal()`.
 * @module
 */

export const MINYEAR = 1;
export const MAXYEAR = 9999;
/** `date.max.toordinal()`. */
export const MAXORDINAL = 3652059;
/** `date(1970, 1, 1).toordinal()`: where POSIX time and JS's Date count from. */
export const EPOCH_ORDINAL = 719163;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const DI400Y = 146097;
const DI100Y = 36524;
const DI4Y = 1461;

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` of `year`; 0 for a month outside 1..12 (a caller's range check comes first). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeap(year)) return 29;
  return DAYS_IN_MONTH[month] ?? 0;
}

function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

/** Ordinal of a valid date (0001-01-01 is 1). */
export function ymdToOrd(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + DAYS_BEFORE_MONTH[month]! + (month > 2 && isLeap(year) ? 1 : 0) + day;
}

/** The date of an ordinal, as [year, month, day]. */
export function ordToYmd(ordinal: number): [number, number, number] {
  // Offsets from the start of a 400-year cycle, then 100-, 4- and 1-year cycles; the last day
  // of a 4- or 400-year cycle shows up as a 5th year (n1 or n100 === 4).
  let n = ordinal - 1;
  const n400 = Math.floor(n / DI400Y);
  n -= n400 * DI400Y;
  const n100 = Math.floor(n / DI100Y);
  n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  let year = n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = isLeap(year);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month]! + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= daysInMonth(year, month);
  }
  return [year, month, n - preceding + 1];
}

/** Monday 0 .. Sunday 6. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (ymdToOrd(year, month, day) + 6) % 7;
}

/** Ordinal of the Monday of ISO week 1 of `year`. */
export function isoWeek1Monday(year: number): number {
  const first = ymdToOrd(year, 1, 1);
  const wd = (first + 6) % 7;
  let monday = first - wd;
  if (wd > 3) monday += 7;
  return monday;
}

/**
 * The date of ISO year/week/day, or undefined when the week or day is out of range
 * (week 53 exists only in years that start on a Thursday, or leap years starting on a Wednesday).
 */
export function isoToYmd(year: number, week: number, day: number): [number, number, number] | undefined {
  if (week <= 0 || week >= 53) {
    if (week !== 53) return undefined;
    const wd = weekdayOf(year, 1, 1);
    if (!(wd === 3 || (wd === 2 && isLeap(year)))) return undefined;
  }
  if (day <= 0 || day >= 8) return undefined;
  return ordToYmd(isoWeek1Monday(year) + (week - 1) * 7 + day - 1);
}

/**
 * Carries out-of-range day counts into months and years, as CPython's normalize_date does
 * after adding a timedelta; returns undefined when the result is outside years 1..9999.
 */
export function normalizeDate(year: number, month: number, day: number): [number, number, number] | undefined {
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) {
    const ordinal = ymdToOrd(year, month, 1) + day - 1;
    if (ordinal < 1 || ordinal > MAXORDINAL) return undefined;
    return ordToYmd(ordinal);
  }
  return year >= MINYEAR && year <= MAXYEAR ? [year, month, day] : undefined;
}
