/**
 * The local time zone, as Python's datetime reads it through the C library's localtime(): here
 * through JS's Date, which knows the same zone. A naive datetime is local wall-clock time; its
 * `fold` (0 or 1) picks the earlier or later of two instants when the clocks go back, and the
 * side of a gap when they go forward, by CPython's algorithm (probing a day either side).
 * @module
 */
import { ValueError } from '../errors.js';
import { EPOCH_ORDINAL, ymdToOrd } from './calendar.js';

const MAX_FOLD_SECONDS = 24 * 3600;

/** Local wall-clock fields of the POSIX second `u` (seconds of 1970-01-01 00:00 read as UTC). */
export function wallSeconds(u: number): number {
  const d = new Date(u * 1000);
  const year = d.getFullYear();
  if (year < 1 || year > 9999) throw new ValueError(`year must be in 1..9999, not ${year}`);
  const days = ymdToOrd(year, d.getMonth() + 1, d.getDate()) - EPOCH_ORDINAL;
  return days * 86400 + d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
}

/** The POSIX second of local wall-clock time `t` (seconds read as UTC), with PEP 495's fold. */
export function localToPosix(t: number, fold: number): number {
  const a = wallSeconds(t) - t;
  const u1 = t - a;
  const t1 = wallSeconds(u1);
  let b: number;
  if (t1 === t) {
    // One solution; look for an earlier one (fold 0) or a later one (fold 1) a day away.
    const u2 = u1 + (fold ? MAX_FOLD_SECONDS : -MAX_FOLD_SECONDS);
    b = wallSeconds(u2) - u2;
    if (a === b) return u1;
  } else {
    b = t1 - u1;
  }
  const u2 = t - b;
  if (wallSeconds(u2) === t) return u2;
  if (t1 === t) return u1;
  // In a gap: fold 0 takes the offset from before the transition, fold 1 the one after.
  return fold ? Math.min(u1, u2) : Math.max(u1, u2);
}

/** Local wall-clock time of the POSIX second `u` and its fold (1 for the second pass of a repeated hour). */
export function posixToLocal(u: number): { wall: number; fold: 0 | 1 } {
  const wall = wallSeconds(u);
  const transition = wall - wallSeconds(u - MAX_FOLD_SECONDS) - MAX_FOLD_SECONDS;
  const fold = transition < 0 && wallSeconds(u + transition) === wall ? 1 : 0;
  return { wall, fold };
}

/**
 * The local UTC offset in seconds at the POSIX second `u`: C's tm_gmtoff, which JS gives in whole
 * minutes (an offset of local mean time, such as -4:56:02, comes truncated to -4:56, as in pyodide).
 */
export function gmtoff(u: number): number {
  return 0 - new Date(u * 1000).getTimezoneOffset() * 60; // 0 - x: UTC gives 0, not -0
}

/** The local UTC offset in seconds of a naive wall-clock time, as CPython's astimezone() finds it. */
export function localOffsetOfWall(t: number, fold: number): number {
  let u = localToPosix(t, fold);
  const other = localToPosix(t, 1 - fold);
  if (other !== u && other > u === (fold === 1)) u = other;
  return gmtoff(u);
}
