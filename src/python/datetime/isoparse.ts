/**
 * The grammar of CPython 3.14's `fromisoformat()`: dates `YYYY-MM-DD`, `YYYYMMDD`, week dates
 * `YYYY-Www[-D]`, `YYYYWww[D]`; times `HH[:MM[:SS[{.,}f...]]]` or `HHMMSS[{.,}f...]`, any number
 * of fraction digits (truncated to microseconds); `Z` or an offset `±HH[:MM[:SS[.f...]]]`; any
 * one character between date and time. Like the C module, the parser walks the UTF-8 bytes of
 * the text with a NUL after its end, so its quirks (an embedded NUL ends a fraction, a week-date
 * separator is guessed from the digits around it) are CPython's.
 * @module
 */
import { pyStrRepr } from '../../float.js';
import { codePointToIndex } from '../../errors.js';
import { ValueError } from '../errors.js';
import { isoToYmd, daysInMonth } from './calendar.js';
import { utf8 } from './utf8.js';

/** What a parsed ISO time holds; `tz` is [seconds, microseconds] of the offset, or null. */
export interface IsoTime {
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  tz: [seconds: number, microseconds: number] | null;
}

/** Thrown inside the parser for text that is not ISO 8601 as CPython reads it. */
class Invalid extends Error {}

const invalid = new Invalid();

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Bytes read as C reads a NUL-terminated buffer: past the end there are zeros. */
class Bytes {
  constructor(readonly b: Uint8Array) {}
  at(i: number): number {
    return this.b[i] ?? 0;
  }
  isDigit(i: number): boolean {
    const c = this.at(i);
    return c >= 0x30 && c <= 0x39;
  }
  /** `n` digits from `i` as a number, or -1 when one of them is not a digit. */
  digits(i: number, n: number): number {
    let v = 0;
    for (let k = 0; k < n; k++) {
      if (!this.isDigit(i + k)) return -1;
      v = v * 10 + this.at(i + k) - 0x30;
    }
    return v;
  }
}

const DASH = 0x2d;
const W = 0x57;
const COLON = 0x3a;

/** [year, month, day] of the date in `len` bytes from `start`; month and day unchecked. */
function parseDate(t: Bytes, start: number, len: number): [number, number, number] {
  let p = start;
  const year = t.digits(p, 4);
  if (year < 0) throw invalid;
  p += 4;
  const dashed = t.at(p) === DASH;
  if (dashed) p++;
  if (t.at(p) === W) {
    p++;
    const week = t.digits(p, 2);
    if (week < 0) throw invalid;
    p += 2;
    let day = 1;
    if (p - start < len) {
      if (dashed && t.at(p++) !== DASH) throw invalid;
      day = t.digits(p, 1);
      if (day < 0) throw invalid;
    }
    if (year < 1 || year > 9999) throw invalid;
    const ymd = isoToYmd(year, week, day);
    if (!ymd) throw invalid;
    return ymd;
  }
  const month = t.digits(p, 2);
  if (month < 0) throw invalid;
  p += 2;
  if (dashed && t.at(p++) !== DASH) throw invalid;
  const day = t.digits(p, 2);
  if (day < 0) throw invalid;
  return [year, month, day];
}

/**
 * `HH[:?MM[:?SS[{.,}f...]]]` from `start` up to `end`, into `out`; returns whether something is
 * left before the NUL (CPython's 1), or throws for malformed text.
 */
function parseHmsf(t: Bytes, start: number, end: number, out: number[]): boolean {
  let p = start;
  let sep = true;
  out[0] = out[1] = out[2] = out[3] = 0;
  for (let i = 0; i < 3; i++) {
    const v = t.digits(p, 2);
    if (v < 0) throw invalid;
    out[i] = v;
    p += 2;
    const c = t.at(p++);
    if (i === 0) sep = c === COLON;
    if (p >= end) return c !== 0;
    if (sep && c === COLON) {
      if (i === 2) throw invalid;
      continue;
    }
    if (c === 0x2e || c === 0x2c) {
      if (i < 2) throw invalid;
      break;
    }
    if (sep) throw invalid;
    p--;
  }
  const n = Math.min(end - p, 6);
  let us = n > 0 ? t.digits(p, n) : 0;
  if (us < 0) throw invalid;
  for (let k = n; k < 6; k++) us *= 10;
  out[3] = us;
  p += n;
  while (t.isDigit(p)) p++;
  return t.at(p) !== 0;
}

/** A time with an optional offset, in `len` bytes from `start`. */
function parseTime(t: Bytes, start: number, len: number): IsoTime {
  const end = start + len;
  let tzAt = start;
  do {
    const c = t.at(tzAt);
    if (c === 0x5a || c === 0x2b || c === DASH) break;
  } while (++tzAt < end);
  const f = [0, 0, 0, 0];
  const more = parseHmsf(t, start, tzAt, f);
  const [hour, minute, second, microsecond] = f as [number, number, number, number];
  if (tzAt === end) {
    if (more) throw invalid;
    return { hour, minute, second, microsecond, tz: null };
  }
  if (t.at(tzAt) === 0x5a) {
    if (t.at(tzAt + 1) !== 0) throw invalid;
    return { hour, minute, second, microsecond, tz: [0, 0] };
  }
  const sign = t.at(tzAt) === DASH ? -1 : 1;
  const z = [0, 0, 0, 0];
  if (parseHmsf(t, tzAt + 1, end, z)) throw invalid;
  return { hour, minute, second, microsecond, tz: [sign * (z[0]! * 3600 + z[1]! * 60 + z[2]!), sign * z[3]!] };
}

/** Where the date part of a datetime text ends (CPython's _find_isoformat_datetime_separator). */
function separatorAt(t: Bytes, len: number): number {
  if (len === 7) return 7;
  if (t.at(4) === DASH) {
    if (t.at(5) !== W) return 10;
    if (len < 8) return -1;
    if (len > 8 && t.at(8) === DASH) {
      if (len === 9) return -1;
      // YYYY-Www-D or YYYY-Www-HH: a digit at 10 means the dash at 8 is the separator.
      return len > 10 && t.isDigit(10) ? 8 : 10;
    }
    return 8;
  }
  if (t.at(4) === W) {
    let i = 7;
    while (i < len && t.isDigit(i)) i++;
    if (i < 9) return i;
    // Time digits come in pairs: an odd count of digits before the first other byte means a day digit.
    return i % 2 === 0 ? 7 : 8;
  }
  return 8;
}

/**
 * The argument of a `fromisoformat()`, read by one of the grammars below.
 * @throws {TypeError} `fromisoformat: argument must be str`
 * @throws {ValueError} `Invalid isoformat string: '...'` for text outside the grammar
 */
export function readIso<T>(s: unknown, grammar: (s: string) => T): T {
  if (typeof s !== 'string') throw new TypeError('fromisoformat: argument must be str');
  try {
    return grammar(s);
  } catch (e) {
    if (e instanceof Invalid) throw new ValueError(`Invalid isoformat string: ${pyStrRepr(s)}`);
    throw e;
  }
}

/** `date.fromisoformat`'s grammar; [year, month, day] unchecked, or throws Invalid. */
export function isoDate(s: string): [number, number, number] {
  const b = utf8(s);
  if (!b || (b.length !== 7 && b.length !== 8 && b.length !== 10)) throw invalid;
  return parseDate(new Bytes(b), 0, b.length);
}

/** `time.fromisoformat`'s grammar (a leading `T` allowed); or throws Invalid. */
export function isoTime(s: string): IsoTime {
  const b = utf8(s);
  if (!b) throw invalid;
  const t = new Bytes(b);
  const skip = t.at(0) === 0x54 ? 1 : 0;
  return parseTime(t, skip, b.length - skip);
}

/** `datetime.fromisoformat`'s grammar: the date and the time (null for a date alone); or throws Invalid. */
export function isoDatetime(s: string): { date: [number, number, number]; time: IsoTime | null } {
  // Fewer than 7 code points: code point 7 would start past the end.
  if (codePointToIndex(s, 7) > s.length) throw invalid;
  // A lone surrogate is allowed as the separator only: CPython replaces it with T before encoding.
  for (const pos of [7, 8, 10]) {
    const i = codePointToIndex(s, pos);
    if (i >= s.length) break;
    // i starts a code point, so a surrogate there is a lone one.
    if (isSurrogate(s.codePointAt(i)!)) {
      s = s.slice(0, i) + 'T' + s.slice(i + 1);
      break;
    }
  }
  const b = utf8(s);
  if (!b) throw invalid;
  const t = new Bytes(b);
  const len = b.length;
  const sep = separatorAt(t, len);
  if (sep < 0) throw invalid;
  const date = parseDate(t, 0, sep);
  if (len <= sep) return { date, time: null };
  // Step over the separator, one UTF-8 character judged by its first byte as CPython does.
  const lead = t.at(sep);
  const width = (lead & 0x80) === 0 ? 1 : (lead & 0xf0) === 0xe0 ? 3 : (lead & 0xf0) === 0xf0 ? 4 : 2;
  return { date, time: parseTime(t, sep + width, len - sep - width) };
}

/**
 * Applies hour 24 (midnight at the end of the day) to a parsed datetime as CPython 3.14 does:
 * only when the month and day are in range is the date moved to the next day.
 * @returns false when hour 24 comes with a non-zero minute, second or microsecond
 */
export function nextDayForHour24(d: [number, number, number], t: IsoTime): boolean {
  if (t.hour !== 24 || d[1] > 12) return true;
  const dim = daysInMonth(d[0], d[1]);
  if (d[2] > dim) return true;
  if (t.minute || t.second || t.microsecond) return false;
  t.hour = 0;
  d[2] += 1;
  if (d[2] > dim) {
    d[2] = 1;
    if (++d[1] > 12) {
      d[1] = 1;
      d[0] += 1;
    }
  }
  return true;
}
